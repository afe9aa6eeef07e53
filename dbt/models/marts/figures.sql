{#-
    The wide, documented table of figures for BI tools: one row per figure with what an
    analyst filters and groups by (category, year, country, release title and date,
    publisher), no join needed.

    A figure quoted by several releases (or twice in one) has one `fact_key`: the same
    country, category, subject, unit, value(s), period start and year. `is_first_report`
    marks one row per fact, the earliest report (publication date, releases without one
    after dated ones, then release key and position: the same whatever order files were
    landed in); sum over `is_first_report` rows to count each fact once.

    Incremental: whether a figure is the first report of its fact depends on the other
    reports of that fact only. A run rebuilds the facts touched since the mart last saw them:
    those of figures new or parsed again (their `parsed_at` changed), and those of figures
    that changed or left `statistics`; every other row stays. The post-hook removes figures
    that left `statistics`. After editing the seeds it reads (countries, categories), rebuild
    with `pressroom run --full-refresh`.
-#}
{{ config(**incremental_by_key('statistic_key', 'statistics')) }}

{%- set fact_key -%}
    left(md5(concat_ws('|',
        coalesce(statistics.sentence_country_code, statistics.country_code, ''),
        statistics.category,
        coalesce(statistics.subject_en, {{ fold_text('statistics.subject') }}, ''),
        statistics.unit,
        statistics.value::varchar,
        coalesce(statistics.value_max::varchar, ''),
        coalesce(statistics.period_start::varchar, ''),
        statistics.year::varchar
    )), 16)
{%- endset %}

with

{% if is_incremental() %}
-- The figures whose parse differs between the statistics mart and this one: new (`changed_key`
-- only), parsed again (both keys), or gone from `statistics` (`done_fact_key` only). One join
-- on the key, of the few columns it needs: two anti-joins over the marts' whole rows took
-- most of the run at 100,000 files, even when nothing had changed.
differences as (
    select stg.statistic_key as changed_key, done.fact_key as done_fact_key
    from (select statistic_key, parsed_at from {{ ref('statistics') }}) as stg
    full join (select statistic_key, parsed_at, fact_key from {{ this }}) as done
        on done.statistic_key = stg.statistic_key
    where stg.parsed_at is distinct from done.parsed_at
),

-- figures new or parsed again since the mart last saw them
changed as (
    select statistics.statistic_key, {{ fact_key }} as fact_key
    from {{ ref('statistics') }} as statistics
    where statistics.statistic_key in (
        select changed_key from differences where changed_key is not null
    )
),

-- the facts to rebuild: those of the changed figures, and those of the figures the mart
-- holds that were parsed again or left
touched_facts as (
    select fact_key from changed
    union
    select done_fact_key from differences where done_fact_key is not null
),

statistics as (
    select * from {{ ref('statistics') }}
    where statistic_key in (select statistic_key from changed)
        or statistic_key in (
            select statistic_key from {{ this }}
            where fact_key in (select fact_key from touched_facts)
        )
),
{% else %}
statistics as (
    select * from {{ ref('statistics') }}
),
{% endif %}

releases as (
    select * from {{ ref('releases') }}
),

countries as (
    select alpha2, name_en from {{ ref('countries') }}
),

categories as (
    select category, label_en from {{ ref('figure_categories') }}
),

-- the publisher, as far as the release tells: the most frequent e-mail domain of its
-- contact block ("iom.int"), ties broken by name
publishers as (
    select
        release_key,
        arg_min(domain, (-n, domain)) as publisher_domain
    from (
        select release_key, split_part(value, '@', 2) as domain, count(*) as n
        from {{ ref('stg_parsed__contact_points') }}
        where kind = 'email' and release_key in (select release_key from statistics)
        group by release_key, domain
    )
    group by release_key
),

figures as (
    select
        statistics.*,
        coalesce(statistics.sentence_country_code, statistics.country_code) as figure_country_code,
        case
            when statistics.sentence_country_code is not null then 'sentence'
            when statistics.country_code is not null then 'release'
        end as country_source,
        {{ fact_key }} as fact_key
    from statistics
)

select
    figures.statistic_key,
    figures.fact_key,
    row_number() over (
        partition by figures.fact_key
        order by releases.published_on nulls last, figures.release_key, figures.position
    ) = 1 as is_first_report,
    count(*) over (partition by figures.fact_key) as fact_report_count,
    figures.release_key,
    releases.title as release_title,
    releases.published_on,
    releases.language,
    publishers.publisher_domain,
    figures.figure_country_code as country_code,
    figure_country.name_en as country_name,
    figures.country_source,
    figures.country_code as release_country_code,
    releases.country_name as release_country_name,
    figures.category,
    categories.label_en as category_label,
    figures.topics,
    figures.is_people,
    figures.subject_en,
    figures.subject,
    figures.year,
    figures.year_source,
    figures.period_start,
    figures.period_end,
    figures.qualifier,
    figures.value,
    figures.value_max,
    figures.unit,
    figures.currency_code,
    figures.span,
    figures.sentence,
    figures.parsed_at
from figures
inner join releases using (release_key)
inner join categories using (category)
left join countries as figure_country on figure_country.alpha2 = figures.figure_country_code
left join publishers using (release_key)
