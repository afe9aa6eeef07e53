-- An e-mail address belongs to one person: contacts merged across releases share no e-mail.
select e.address, count(*) as contacts
from {{ ref('contacts') }} as contacts, unnest(contacts.emails) as e(address)
group by e.address
having count(*) > 1
