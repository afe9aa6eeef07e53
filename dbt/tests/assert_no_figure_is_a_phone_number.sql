-- No figure's span is a phone number of the same release: digits of the span (6 or more) that
-- equal the digits of a phone as written, or end its E.164 form (the number without its
-- country and area codes), mean the parser read a contact number as a statistic. Figures
-- parsed since the last passing build only (macros/test_scope.sql): the check is per release.
with

figures as (
    select statistic_key, release_key, span, regexp_replace(span, '[^0-9]', '', 'g') as digits
    from {{ ref('statistics') }}
    where {{ parsed_in_scope() }}
),

phones as (
    select
        release_key,
        value as e164,
        raw,
        regexp_replace(value, '[^0-9]', '', 'g') as e164_digits,
        regexp_replace(coalesce(raw, ''), '[^0-9]', '', 'g') as raw_digits
    from {{ ref('stg_parsed__contact_points') }}
    where kind <> 'email' and release_key in (select release_key from figures)
)

select figures.statistic_key, figures.span, phones.e164, phones.raw
from figures
inner join phones using (release_key)
where length(figures.digits) >= 6
    and (figures.digits = phones.raw_digits or ends_with(phones.e164_digits, figures.digits))
