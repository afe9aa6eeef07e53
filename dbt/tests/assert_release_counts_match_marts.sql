-- Each release's statistic_count and rejected_figure_count are the numbers of its rows in
-- marts.statistics and marts.rejected_figures (releases parsed since the last passing build:
-- macros/test_scope.sql).
with

releases as (
    select * from {{ ref('releases') }}
    where {{ parsed_in_scope() }}
),

statistics as (
    select release_key, count(*) as n from {{ ref('statistics') }}
    where release_key in (select release_key from releases)
    group by release_key
),

rejected as (
    select release_key, count(*) as n from {{ ref('rejected_figures') }}
    where release_key in (select release_key from releases)
    group by release_key
)

select
    releases.release_key,
    releases.statistic_count,
    coalesce(statistics.n, 0) as statistics_in_mart,
    releases.rejected_figure_count,
    coalesce(rejected.n, 0) as rejected_in_mart
from releases
left join statistics using (release_key)
left join rejected using (release_key)
where releases.statistic_count <> coalesce(statistics.n, 0)
    or releases.rejected_figure_count <> coalesce(rejected.n, 0)
