{#-
    A table, rebuilt on every run: a new release can merge two known people (an entry giving
    both of their e-mails) or move a name-only entry to a person, which changes keys and
    every aggregate of the people involved. Contacts are few (a handful per release), so the
    rebuild is cheap.
-#}
with

entries as (
    select * from {{ ref('int_contacts__identified') }}
),

releases as (
    select
        release_key,
        published_on,
        landed_at,
        -- releases in the order they happened: publication date when known, else landing time
        row_number() over (
            order by coalesce(published_on::timestamptz, landed_at), release_key
        ) as release_order
    from {{ ref('releases') }}
),

points as (
    select * from {{ ref('stg_parsed__contact_points') }}
),

seen as (
    select
        entries.contact_key,
        entries.identity,
        entries.folded_name,
        entries.office,
        entries.release_key,
        releases.release_order,
        coalesce(releases.published_on, releases.landed_at::date) as seen_on,
        entries.name
    from entries
    inner join releases using (release_key)
),

people as (
    select
        contact_key,
        any_value(identity) as identity,
        -- the name as written in the latest release naming the person
        arg_max(name, release_order) filter (where name is not null) as name,
        arg_max(folded_name, release_order) filter (where folded_name is not null) as folded_name,
        list_sort(list(distinct office) filter (where office is not null)) as offices,
        arg_min(release_key, release_order) as first_release_key,
        min(seen_on) as first_seen_on,
        arg_max(release_key, release_order) as last_release_key,
        max(seen_on) as last_seen_on,
        count(distinct release_key) as release_count
    from seen
    group by contact_key
),

emails as (
    select entries.contact_key, list(distinct points.value order by points.value) as emails
    from entries
    inner join points using (release_contact_id)
    where points.kind = 'email'
    group by entries.contact_key
),

phones as (
    select
        entries.contact_key,
        list_sort(list(distinct {
            'e164': points.value,
            'extension': points.extension,
            'kind': points.kind,
            'is_valid': points.is_valid
        })) as phones
    from entries
    inner join points using (release_contact_id)
    where points.kind <> 'email'
    group by entries.contact_key
)

select
    people.contact_key,
    people.name,
    people.folded_name,
    people.identity,
    people.offices,
    coalesce(emails.emails, []) as emails,
    coalesce(phones.phones, []) as phones,
    people.first_release_key,
    people.first_seen_on,
    people.last_release_key,
    people.last_seen_on,
    people.release_count
from people
left join emails using (contact_key)
left join phones using (contact_key)
