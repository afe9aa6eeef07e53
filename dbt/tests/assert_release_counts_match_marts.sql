-- Each release's statistic_count is the number of its figures in marts.statistics.
select releases.release_key, releases.statistic_count, count(statistics.statistic_key) as in_mart
from {{ ref('releases') }} as releases
left join {{ ref('statistics') }} as statistics using (release_key)
group by releases.release_key, releases.statistic_count
having releases.statistic_count <> count(statistics.statistic_key)
