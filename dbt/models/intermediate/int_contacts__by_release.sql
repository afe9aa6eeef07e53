{#-
    One row per person per release naming them: how the release wrote them (name, office,
    e-mails and phones as given in that release's contact block), with the release's date and
    country. A person listed twice in one block is one row: the first entry gives the name and
    office, the points of both entries are kept. Read by `contacts` (latest and history) and
    `release_contacts`.

    `seen_on` is the release's publication date, else the day its file was landed; releases
    are ordered by (`seen_on`, `release_key`) so that two releases of the same day always come
    in the same order, whatever order their files were landed in.

    Materialised as a table (`contacts`, `release_contacts` and its tests all read it), built
    incrementally by person: a person's rows depend only on the entries that are that person
    (`entry_ids`) and on the parse of the releases naming them (`parsed_at`). A run compares
    both with the rows it holds and rebuilds every row of the people whose entries or
    releases changed (a release naming them new, parsed again or gone, an entry that became
    another person when a release merged two people), replacing rows by `contact_key`; the
    post-hook drops the people who are no one's identity any more. `built_at` tells
    `contacts` and `release_contacts` which people were rebuilt (`contact_rebuilds.sql`).
    The lists of a person listed once in the block (nearly everyone) are that entry's,
    gathered incrementally by `int_contacts__entry_points`; only people listed twice or more
    in a block have the points of their entries gathered here.
-#}
{{ config(**incremental_by_key('contact_key', 'int_contacts__identified')) }}

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

{% if is_incremental() %}
-- the people some of whose rows differ from those held: other entries, or a release parsed
-- again, new or gone
rebuilt as (
    select distinct coalesce(now.contact_key, done.contact_key) as contact_key
    from (
        select every_person.release_key, every_person.contact_key, every_person.entry_ids,
            releases.parsed_at
        from every_person
        inner join releases using (release_key)
    ) as now
    full join (select release_key, contact_key, entry_ids, parsed_at from {{ this }}) as done
        on done.release_key = now.release_key and done.contact_key = now.contact_key
    where now.entry_ids is distinct from done.entry_ids
        or now.parsed_at is distinct from done.parsed_at
),

people as (
    select * from every_person
    where contact_key in (select contact_key from rebuilt)
),

entries as (
    select * from {{ ref('int_contacts__identified') }}
    where contact_key in (select contact_key from rebuilt)
),
{% else %}
people as (
    select * from every_person
),

entries as (
    select * from {{ ref('int_contacts__identified') }}
),
{% endif %}

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
    row_number() over (
        partition by people.contact_key order by releases.seen_on, people.release_key
    ) as release_order,
    people.entry_ids,
    releases.parsed_at,
    '{{ run_started_at }}'::timestamp with time zone as built_at
from people
inner join releases using (release_key)
left join lists using (release_key, contact_key)
