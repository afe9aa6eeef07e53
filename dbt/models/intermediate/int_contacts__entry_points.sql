{#-
    The e-mails and phones of each contact block entry, gathered into lists (one row per
    entry, lists null when it has no such point). Gathering nested lists is the costly part of
    the contact models (3.7 s of `int_contacts__by_release`'s 5.4 s at 100,000 files), and an
    entry's points depend on its own release alone, so this model is incremental like
    `statistics`: a run gathers the entries of the releases parsed since the model last saw
    them, replacing rows by key; the post-hook removes entries that left staging. Read by
    `int_contacts__by_release`.
-#}
{{ config(**incremental_by_key('release_contact_id', 'stg_parsed__contacts')) }}

with

releases as (
    select release_key, parsed_at
    from {{ ref('stg_parsed__releases') }} as stg
    {{ parsed_since_last_run() }}
),

entries as (
    select contacts.release_contact_id, contacts.release_key, releases.parsed_at
    from {{ ref('stg_parsed__contacts') }} as contacts
    inner join releases using (release_key)
),

points as (
    select points.*
    from {{ ref('stg_parsed__contact_points') }} as points
    inner join entries using (release_contact_id)
),

emails as (
    select
        release_contact_id,
        list(distinct value order by value) as emails,
        arg_min(value, position) as first_email
    from points
    where kind = 'email'
    group by release_contact_id
),

phones as (
    select
        release_contact_id,
        list({
            'e164': value, 'extension': extension, 'kind': kind, 'is_valid': is_valid,
            'as_written': raw
        } order by position) as phones,
        -- the number to call: a valid phone or mobile before a fax or a historical number
        arg_min(
            {'e164': value, 'extension': extension, 'kind': kind},
            (kind = 'fax', not is_valid, position)
        ) as first_phone
    from points
    where kind <> 'email'
    group by release_contact_id
)

select
    entries.release_contact_id,
    entries.release_key,
    emails.emails,
    emails.first_email,
    phones.phones,
    phones.first_phone,
    entries.parsed_at
from entries
left join emails using (release_contact_id)
left join phones using (release_contact_id)
