{#-
    Incremental by person (`contact_rebuilds.sql`): a run rebuilds the people some of whose
    rows `int_contacts__by_release` rebuilt or dropped (a new release can merge two known
    people, an entry giving both of their e-mails, or move a name-only entry to a person,
    which changes keys and every aggregate of the people involved), and drops the people who
    left it.

    "Latest" means the last release naming the person by date seen, then release key: the
    same data gives the same answer whatever order the files were landed in.
-#}

{{ config(**incremental_by_contact('contact_key')) }}

with

seen as (
    select * from {{ ref('int_contacts__by_release') }}
    {% if is_incremental() -%}
    -- people with a row rebuilt, and people whose rows are not as many as they were (a row
    -- gone, or a new person)
    where contact_key in {{ rebuilt_since_read('contact_key') }}
        or contact_key in (
            select counted.contact_key
            from (
                select contact_key, count(*) as n
                from {{ ref('int_contacts__by_release') }}
                group by contact_key
            ) as counted
            left join {{ this }} as done using (contact_key)
            where done.release_count is distinct from counted.n
        )
    {%- endif %}
),

identities as (
    select distinct contact_key, identity from {{ ref('int_contacts__identified') }}
    where contact_key in (select contact_key from seen)
),

countries as (
    select alpha2, name_en from {{ ref('countries') }}
),

people as (
    select
        contact_key,
        -- the name as written in the latest release naming the person
        arg_max(name, (seen_on, release_key)) filter (where name is not null) as name,
        arg_max(folded_name, (seen_on, release_key)) filter (where folded_name is not null) as folded_name,
        arg_max(office, (seen_on, release_key)) filter (where office is not null) as office,
        arg_max(country_code, (seen_on, release_key)) filter (where country_code is not null)
            as country_code,
        arg_max(first_email, (seen_on, release_key)) filter (where first_email is not null) as email,
        arg_max(first_phone, (seen_on, release_key)) filter (where first_phone is not null) as phone,
        max(seen_on) filter (where first_phone is not null) as phone_seen_on,
        list_sort(list(distinct office) filter (where office is not null)) as offices,
        arg_min(release_key, (seen_on, release_key)) as first_release_key,
        min(seen_on) as first_seen_on,
        arg_max(release_key, (seen_on, release_key)) as last_release_key,
        max(seen_on) as last_seen_on,
        count(*) as release_count
    from seen
    group by contact_key
),

emails as (
    select contact_key, list_sort(list(distinct email)) as emails
    from seen, unnest(seen.emails) as e(email)
    group by contact_key
),

phones as (
    select
        contact_key,
        list_sort(list(distinct {
            'e164': phone.e164,
            'extension': phone.extension,
            'kind': phone.kind,
            'is_valid': phone.is_valid
        })) as phones
    from seen, unnest(seen.phones) as p(phone)
    group by contact_key
)

select
    people.contact_key,
    people.name,
    people.folded_name,
    identities.identity,
    people.office,
    people.country_code,
    countries.name_en as country_name,
    people.email,
    people.phone.e164 as phone,
    people.phone.extension as phone_extension,
    people.phone.kind as phone_kind,
    people.phone_seen_on,
    people.offices,
    coalesce(emails.emails, []) as emails,
    coalesce(phones.phones, []) as phones,
    people.first_release_key,
    people.first_seen_on,
    people.last_release_key,
    people.last_seen_on,
    people.release_count
from people
inner join identities using (contact_key)
left join countries on countries.alpha2 = people.country_code
left join emails using (contact_key)
left join phones using (contact_key)
