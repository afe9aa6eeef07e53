{#-
    Incremental: a figure depends only on its own release, so a run only builds the figures of
    releases parsed since the mart last saw them, replacing rows by key. The post-hook removes
    figures that left staging (a release parsed again into fewer figures).

    Each figure also gets what an analyst groups by: its category in the keyword taxonomy
    (int_statistics__categorised), the country its sentence names
    (int_statistics__sentence_countries), and a year: the end of the period it covers, else
    the release's publication year, else the year the file was landed (`year_source` says
    which).

    Memory: the figures were once also filtered by `release_key in (select ... from
    releases)`, redundant with the inner join below. DuckDB then underestimated them tenfold
    and built two nested hash tables on the wide figure rows (long keys, span, sentence) over a
    materialised CTE: at 100,000 files that ran out of DuckDB's 512 MB instead of spilling.
    Without it, a copy of that warehouse builds this mart within 128 MB and the whole
    dbt build within 256 MB (hash joins spill to disk beyond that).
-#}
{{ config(**incremental_by_key('statistic_key', 'stg_parsed__statistics')) }}

with

releases as (
    select stg.release_key, stg.country_code, stg.published_on, files.landed_at, stg.parsed_at
    from {{ ref('stg_parsed__releases') }} as stg
    inner join {{ ref('stg_landing__files') }} as files using (sha256)
    {{ parsed_since_last_run() }}
),

statistics as (
    select * from {{ ref('stg_parsed__statistics') }}
),

categorised as (
    select * from {{ ref('int_statistics__categorised') }}
),

sentence_countries as (
    select * from {{ ref('int_statistics__sentence_countries') }}
)

select
    statistics.statistic_key,
    statistics.release_key,
    statistics.position,
    statistics.value,
    statistics.value_max,
    statistics.unit,
    statistics.unit_family,
    statistics.currency_code,
    statistics.qualifier,
    statistics.subject,
    categorised.subject_en,
    categorised.category,
    categorised.topics,
    categorised.category_basis,
    categorised.is_people,
    statistics.period_start,
    statistics.period_end,
    coalesce(
        statistics.period_end, year(releases.published_on), year(releases.landed_at)
    )::integer as year,
    case
        when statistics.period_end is not null then 'period'
        when releases.published_on is not null then 'published'
        else 'landed'
    end as year_source,
    releases.country_code,
    sentence_countries.country_code as sentence_country_code,
    statistics.span,
    statistics.sentence,
    statistics.paragraph,
    statistics.char_start,
    statistics.char_end,
    releases.parsed_at
from statistics
inner join releases using (release_key)
left join categorised using (statistic_key)
left join sentence_countries using (statistic_key)
