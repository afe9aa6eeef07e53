-- An e-mail address belongs to one person: contacts merged across releases share no e-mail.
select email, count(*) as contacts
from {{ ref('contacts') }}, unnest(emails) as e(email)
group by email
having count(*) > 1
