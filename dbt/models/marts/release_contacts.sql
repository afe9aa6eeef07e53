{#-
    A table, rebuilt on every run, for the same reason as `contacts`: its contact keys change
    when a new release merges people.
-#}
with

entries as (
    select * from {{ ref('int_contacts__identified') }}
)

select
    release_key || '/' || contact_key as release_contact_key,
    release_key,
    contact_key,
    -- a person listed twice in one block is one row: the first entry wins
    min(position) as position,
    arg_min(name, position) as name_as_written,
    arg_min(office, position) as office_as_written
from entries
group by release_key, contact_key
