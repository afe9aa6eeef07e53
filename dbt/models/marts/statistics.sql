{#-
    Incremental: a figure depends only on its own release, so a run only builds the figures of
    releases parsed since the mart last saw them, replacing rows by key. The post-hook removes
    figures that left staging (a release parsed again into fewer figures).
-#}
{{ config(
    materialized='incremental',
    unique_key='statistic_key',
    incremental_strategy='delete+insert',
    on_schema_change='fail',
    post_hook="delete from {{ this }} as mart where not exists (
        select 1 from {{ ref('stg_parsed__statistics') }} as stg
        where stg.statistic_key = mart.statistic_key)",
) }}

with

releases as (
    select release_key, country_code, parsed_at from {{ ref('stg_parsed__releases') }} as stg
    {% if is_incremental() %}
    where not exists (
        select 1 from {{ this }} as mart
        where mart.release_key = stg.release_key and mart.parsed_at = stg.parsed_at
    )
    {% endif %}
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
    statistics.period_start,
    statistics.period_end,
    releases.country_code,
    statistics.span,
    statistics.sentence,
    statistics.paragraph,
    statistics.char_start,
    statistics.char_end,
    releases.parsed_at
from statistics
inner join releases using (release_key)
