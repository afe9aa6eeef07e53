-- Each contact's release_count is the number of its releases in marts.release_contacts.
select contacts.contact_key, contacts.release_count, count(links.release_key) as in_mart
from {{ ref('contacts') }} as contacts
left join {{ ref('release_contacts') }} as links using (contact_key)
group by contacts.contact_key, contacts.release_count
having contacts.release_count <> count(links.release_key)
