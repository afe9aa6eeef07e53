{#-
    Incremental: a release's row depends only on its own file and parse, so a run only builds
    the releases parsed since the mart last saw them (new files, or files parsed again, whose
    `parsed_at` changed), replacing their rows by key. The post-hook removes releases that
    left staging (a file parsed again into fewer releases). A change to the countries seed
    needs `--full-refresh`.
-#}
{{ config(**incremental_by_key('release_key', 'stg_parsed__releases')) }}

with

releases as (
    select * from {{ ref('stg_parsed__releases') }} as stg
    {{ parsed_since_last_run() }}
),

files as (
    select * from {{ ref('stg_landing__files') }}
),

countries as (
    select * from {{ ref('countries') }}
),

statistic_counts as (
    select release_key, count(*) as statistic_count
    from {{ ref('stg_parsed__statistics') }}
    where release_key in (select release_key from releases)
    group by release_key
),

rejected_figure_counts as (
    select release_key, count(*) as rejected_figure_count
    from {{ ref('stg_parsed__rejected_figures') }}
    where release_key in (select release_key from releases)
    group by release_key
),

contact_counts as (
    select release_key, count(*) as contact_count
    from {{ ref('stg_parsed__contacts') }}
    where release_key in (select release_key from releases)
    group by release_key
)

select
    releases.release_key,
    releases.title,
    releases.language,
    releases.template,
    releases.dateline,
    releases.country_code,
    countries.name_en as country_name,
    case releases.language
        when 'fr' then countries.name_fr
        when 'es' then countries.name_es
        when 'pt' then countries.name_pt
        else countries.name_en
    end as country_name_local,
    releases.published_on,
    releases.lead,
    releases.word_count,
    coalesce(statistic_counts.statistic_count, 0) as statistic_count,
    coalesce(rejected_figure_counts.rejected_figure_count, 0) as rejected_figure_count,
    coalesce(contact_counts.contact_count, 0) as contact_count,
    files.source_file_name,
    files.name_version,
    releases.sha256,
    releases.release_index,
    files.landed_at,
    releases.parser_version,
    releases.parsed_at
from releases
inner join files using (sha256)
left join countries on countries.alpha2 = releases.country_code
left join statistic_counts using (release_key)
left join rejected_figure_counts using (release_key)
left join contact_counts using (release_key)
