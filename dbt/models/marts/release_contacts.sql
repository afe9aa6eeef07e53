{#-
    Incremental by person, like `contacts` (`contact_rebuilds.sql`): its contact keys change
    when a new release merges people. Each row keeps what that release wrote: the name, the
    office, the e-mails and the phones, so the history of a person's details stays queryable.
-#}
{{ config(**incremental_by_contact()) }}

select
    release_contact_key,
    release_key,
    contact_key,
    position,
    name as name_as_written,
    office as office_as_written,
    emails,
    phones,
    country_code,
    published_on,
    seen_on
from {{ ref('int_contacts__by_release') }}
{% if is_incremental() -%}
where contact_key in {{ contacts_to_rebuild() }}
{%- endif %}
