{#-
    Incremental, like `statistics`: the numbers turned down in a release depend only on that
    release, so a run only builds those of releases parsed since the mart last saw them,
    replacing rows by key. The post-hook removes rows that left staging (a release parsed
    again into fewer rejected numbers).
-#}
{{ config(**incremental_by_key('rejected_figure_key', 'stg_parsed__rejected_figures')) }}

with

releases as (
    select release_key, language, country_code, parsed_at
    from {{ ref('stg_parsed__releases') }} as stg
    {{ parsed_since_last_run() }}
),

rejected as (
    select * from {{ ref('stg_parsed__rejected_figures') }}
)

select
    rejected.rejected_figure_key,
    rejected.release_key,
    rejected.position,
    rejected.span,
    rejected.rule,
    rejected.reason,
    rejected.sentence,
    rejected.paragraph,
    rejected.char_start,
    rejected.char_end,
    releases.language,
    releases.country_code,
    releases.parsed_at
from rejected
inner join releases using (release_key)
