{#-
    Incremental: a figure depends only on its own release, so a run only builds the figures of
    releases parsed since the mart last saw them, replacing rows by key. The post-hook removes
    figures that left staging (a release parsed again into fewer figures).

    Each figure also gets what an analyst groups by: its category in the keyword taxonomy
    (int_statistics__categorised), the country its sentence names
    (int_statistics__sentence_countries), and a year: the end of the period it covers, else
    the release's publication year, else the year the file was landed (`year_source` says
    which).

    Memory: every join runs on narrow columns (`keyed`: keys, the release's and the
    categorisation's few columns), and the wide figure columns (span, sentence) join last, by
    key, onto those rows. DuckDB estimates the join of figures and releases at one row per
    release (116,142 for 494,789 figures at 100,000 files), so it builds its hash tables on the
    side it thinks small: with the wide rows in them, a first build (or `--full-refresh`) at
    100,000 files ran out of DuckDB's 512 MB every time (failing in ~2 s, with 1 or 2 threads,
    with or without insertion order). With the wide columns only on the probe side of the last
    join it builds within the 512 MB, the same rows (EXCEPT ALL both ways). Once before, a
    redundant `release_key in (select ...)` filter had the same effect.
-#}
{{ config(**incremental_by_key('statistic_key', 'stg_parsed__statistics')) }}

with

releases as (
    select stg.release_key, stg.country_code, stg.published_on, files.landed_at, stg.parsed_at
    from {{ ref('stg_parsed__releases') }} as stg
    inner join {{ ref('stg_landing__files') }} as files using (sha256)
    {{ parsed_since_last_run() }}
),

-- the figures to build, keys only: joined with what they take from elsewhere
keyed as (
    select
        statistics.statistic_key,
        releases.country_code,
        releases.published_on,
        releases.landed_at,
        releases.parsed_at,
        categorised.subject_en,
        categorised.category,
        categorised.topics,
        categorised.category_basis,
        categorised.is_people,
        sentence_countries.country_code as sentence_country_code
    from (
        select statistic_key, release_key from {{ ref('stg_parsed__statistics') }}
    ) as statistics
    inner join releases using (release_key)
    left join {{ ref('int_statistics__categorised') }} as categorised using (statistic_key)
    left join {{ ref('int_statistics__sentence_countries') }} as sentence_countries
        using (statistic_key)
),

statistics as (
    select * from {{ ref('stg_parsed__statistics') }}
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
    keyed.subject_en,
    keyed.category,
    keyed.topics,
    keyed.category_basis,
    keyed.is_people,
    statistics.period_start,
    statistics.period_end,
    coalesce(
        statistics.period_end, year(keyed.published_on), year(keyed.landed_at)
    )::integer as year,
    case
        when statistics.period_end is not null then 'period'
        when keyed.published_on is not null then 'published'
        else 'landed'
    end as year_source,
    keyed.country_code,
    keyed.sentence_country_code,
    statistics.span,
    statistics.sentence,
    statistics.paragraph,
    statistics.char_start,
    statistics.char_end,
    keyed.parsed_at
from statistics
inner join keyed using (statistic_key)
