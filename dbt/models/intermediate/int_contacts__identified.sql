{#-
    Which person each contact block entry is. Two entries are the same person when they share
    an e-mail address (e-mails written in one entry link transitively: a person may give two);
    an entry without e-mail is the person whose entries carry the same folded name, when exactly
    one such person exists, else a person of its own known by that name. Different e-mails
    under one name stay different people (namesakes). Phones never match people: offices
    share switchboards.

    Materialised as a table: both contact marts and tests read it, and the recursion is
    better run once. Who is who depends on every entry, so each run works it out whole, but
    writes only the entries whose row changed (new entries, entries parsed again, entries
    that became another person), replacing rows by key; the post-hook drops entries that
    left staging.
-#}
{{ config(**incremental_by_key('release_contact_id', 'stg_parsed__contacts')) }}

with recursive

contacts as (
    select * from {{ ref('stg_parsed__contacts') }}
),

emails as (
    select distinct release_contact_id, value as email
    from {{ ref('stg_parsed__contact_points') }}
    where kind = 'email'
),

-- e-mails written together in one entry belong to one person
email_links as (
    select distinct a.email, b.email as linked
    from emails as a
    inner join emails as b using (release_contact_id)
),

-- every e-mail reachable from each e-mail through such links
email_reach (email, linked) as (
    select email, linked from email_links
    union
    select reach.email, link.linked
    from email_reach as reach
    inner join email_links as link on link.email = reach.linked
),

-- the person of an e-mail is named after the smallest e-mail it reaches
email_person as (
    select email, min(linked) as person_email
    from email_reach
    group by email
),

entry_email_person as (
    select emails.release_contact_id, min(email_person.person_email) as person_email
    from emails
    inner join email_person using (email)
    group by emails.release_contact_id
),

-- folded names carried by exactly one e-mail person: an entry without e-mail joins it
name_to_email_person as (
    select contacts.folded_name, min(entry_email_person.person_email) as person_email
    from contacts
    inner join entry_email_person using (release_contact_id)
    where contacts.folded_name is not null
    group by contacts.folded_name
    having count(distinct entry_email_person.person_email) = 1
),

identified as (
    select
        contacts.*,
        case
            when entry_email_person.person_email is not null
                then 'email:' || entry_email_person.person_email
            when name_to_email_person.person_email is not null
                then 'email:' || name_to_email_person.person_email
            when contacts.folded_name is not null
                then 'name:' || contacts.folded_name
            else 'entry:' || contacts.release_contact_id
        end as identity
    from contacts
    left join entry_email_person using (release_contact_id)
    left join name_to_email_person
        on entry_email_person.person_email is null
        and name_to_email_person.folded_name = contacts.folded_name
),

entries as (
    select
        left(md5(identity), 16) as contact_key,
        identity,
        release_contact_id,
        release_key,
        position,
        name,
        folded_name,
        office
    from identified
)

select * from entries
{% if is_incremental() -%}
where not exists (
    select 1 from {{ this }} as done
    where done.release_contact_id = entries.release_contact_id
        and done.identity = entries.identity
        and done.release_key = entries.release_key
        and done.position = entries.position
        and done.name is not distinct from entries.name
        and done.folded_name is not distinct from entries.folded_name
        and done.office is not distinct from entries.office
)
{%- endif %}
