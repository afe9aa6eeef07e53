{#-
    One row per person per release naming them: how the release wrote them (name, office,
    e-mails and phones as given in that release's contact block), with the release's date and
    country. A person listed twice in one block is one row: the first entry gives the name and
    office, the points of both entries are kept. Read by `contacts` (latest and history) and
    `release_contacts`.

    `seen_on` is the release's publication date, else the day its file was landed; `contacts`
    orders a person's releases by (`seen_on`, `release_key`), so that two releases of the same
    day always come in the same order, whatever order their files were landed in.

    Materialised as a table (`contacts`, `release_contacts` and its tests all read it), built
    incrementally by row: a row depends only on the entries of that release that are that
    person (`entry_ids`) and on the release's parse (`parsed_at`). A run rebuilds the rows
    whose entries or parse changed (a new release, a release parsed again, an entry that
    became another person when a release merged two people), replacing rows by key; the
    post-hook drops the rows of pairs that are gone. `built_at` tells `contacts` and
    `release_contacts` which rows were rebuilt (`contact_rebuilds.sql`).
    The lists of a person listed once in the block (nearly everyone) are that entry's,
    gathered incrementally by `int_contacts__entry_points`; only people listed twice or more
    in a block have the points of their entries gathered here.
-#}
{{ config(
    materialized='incremental',
    unique_key='release_contact_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    post_hook="delete from {{ this }} as kept where not exists (select 1 from "
        ~ "{{ ref('int_contacts__identified') }} as src where src.release_key = kept.release_key "
        ~ "and src.contact_key = kept.contact_key)",
) }}

with

releases as (
    select
        release_key,
        country_code,
        published_on,
        coalesce(published_on, landed_at::date) as seen_on,
        parsed_at
    from {{ ref('releases') }}
),

every_person as (
    select
        release_key,
        contact_key,
        min(position) as position,
        arg_min(name, position) as name,
        arg_min(folded_name, position) as folded_name,
        arg_min(office, position) filter (where office is not null) as office,
        count(*) as entry_count,
        arg_min(release_contact_id, position) as first_entry,
        list(release_contact_id order by release_contact_id) as entry_ids
    from {{ ref('int_contacts__identified') }}
    group by release_key, contact_key
),

people as (
    select every_person.*
    from every_person
    {% if is_incremental() -%}
    -- the rows that differ from those held: other entries, or a release new or parsed again
    inner join releases using (release_key)
    where not exists (
        select 1 from {{ this }} as done
        where done.release_key = every_person.release_key
            and done.contact_key = every_person.contact_key
            and done.entry_ids = every_person.entry_ids
            and done.parsed_at = releases.parsed_at
    )
    {%- endif %}
),

entries as (
    select * from {{ ref('int_contacts__identified') }} as identified
    where exists (
        select 1 from people
        where people.release_key = identified.release_key
            and people.contact_key = identified.contact_key
    )
),

-- the points of the people listed twice or more in one block
points as (
    select
        entries.release_key,
        entries.contact_key,
        entries.position as entry_position,
        points.position,
        points.kind,
        points.value,
        points.extension,
        points.raw,
        points.is_valid
    from {{ ref('stg_parsed__contact_points') }} as points
    inner join entries using (release_contact_id)
    inner join people
        on people.release_key = entries.release_key and people.contact_key = entries.contact_key
    where people.entry_count > 1
),

emails as (
    select
        release_key,
        contact_key,
        list(distinct value order by value) as emails,
        arg_min(value, (entry_position, position)) as first_email
    from points
    where kind = 'email'
    group by release_key, contact_key
),

phones as (
    select
        release_key,
        contact_key,
        list({
            'e164': value, 'extension': extension, 'kind': kind, 'is_valid': is_valid,
            'as_written': raw
        } order by entry_position, position) as phones,
        -- the number to call: a valid phone or mobile before a fax or a historical number
        arg_min(
            {'e164': value, 'extension': extension, 'kind': kind},
            (kind = 'fax', not is_valid, entry_position, position)
        ) as first_phone
    from points
    where kind <> 'email'
    group by release_key, contact_key
),

lists as (
    -- listed once: that entry's lists
    select
        people.release_key,
        people.contact_key,
        entry_points.emails,
        entry_points.first_email,
        entry_points.phones,
        entry_points.first_phone
    from people
    inner join {{ ref('int_contacts__entry_points') }} as entry_points
        on entry_points.release_contact_id = people.first_entry
    where people.entry_count = 1
    union all
    -- listed twice or more: the points of every entry
    select
        people.release_key,
        people.contact_key,
        emails.emails,
        emails.first_email,
        phones.phones,
        phones.first_phone
    from people
    left join emails using (release_key, contact_key)
    left join phones using (release_key, contact_key)
    where people.entry_count > 1
)

select
    people.release_key || '/' || people.contact_key as release_contact_key,
    people.release_key,
    people.contact_key,
    people.position,
    people.name,
    people.folded_name,
    people.office,
    coalesce(lists.emails, []) as emails,
    lists.first_email,
    coalesce(lists.phones, []) as phones,
    lists.first_phone,
    releases.country_code,
    releases.published_on,
    releases.seen_on,
    people.entry_ids,
    releases.parsed_at,
    '{{ run_started_at }}'::timestamp with time zone as built_at
from people
inner join releases using (release_key)
left join lists using (release_key, contact_key)
