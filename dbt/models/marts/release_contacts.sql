{#-
    Incremental by row (`contact_rebuilds.sql`): a run takes the rows `int_contacts__by_release`
    rebuilt (their contact keys change when a new release merges people) and drops the rows
    that left it. Each row keeps what that release wrote: the name, the
    office, the e-mails and the phones, so the history of a person's details stays queryable.
-#}
{{ config(**incremental_by_contact('release_contact_key')) }}

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
where release_contact_key in {{ rebuilt_since_read('release_contact_key') }}
{%- endif %}
