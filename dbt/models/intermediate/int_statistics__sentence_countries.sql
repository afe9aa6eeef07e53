{#-
    The country a figure's sentence names, when it names one ("... 3 900 victimes de traite au
    Pérou"): country names of the `country_names` seed (CLDR names in four languages, ISO
    names) found as whole words in the accent- and case-folded sentence. When the sentence
    names several, the one written nearest the figure's span wins, then the longest name
    ("Papua New Guinea" over "Guinea"), then the code. A country named as a donor ("financé
    par l'Ambassade des Pays-Bas", "funded by Japan") is not what the figure is about and is
    skipped. One row per figure; `country_code` is null when the sentence names no country.

    Incremental like `statistics`: only figures of releases parsed since the last run are
    looked at. After regenerating the country seeds, rebuild with `--full-refresh`.
-#}
{{ config(**incremental_by_key('statistic_key', 'stg_parsed__statistics')) }}

with

releases as (
    select release_key, parsed_at from {{ ref('stg_parsed__releases') }} as stg
    {{ parsed_since_last_run() }}
),

statistics as (
    select
        statistics.statistic_key,
        statistics.release_key,
        releases.parsed_at,
        {{ fold_text('statistics.sentence') }} as sentence_text,
        {{ fold_text('statistics.span') }} as span_text
    from {{ ref('stg_parsed__statistics') }} as statistics
    inner join releases using (release_key)
),

names as (
    select distinct alpha2, {{ fold_text('name') }} as name_text
    from {{ ref('country_names') }}
),

-- the sentences naming a country (most name none): one pass looks for every name at once,
-- instead of a search for each name in every sentence
naming as (
    select statistic_key, sentence_text, span_text
    from statistics
    where regexp_matches(sentence_text, {{ country_names_pattern() }})
),

mentions as (
    select
        statistics.statistic_key,
        names.alpha2,
        length(names.name_text) as name_length,
        strpos(statistics.sentence_text, names.name_text) as name_position,
        greatest(strpos(statistics.sentence_text, statistics.span_text), 1) as span_position,
        statistics.sentence_text
    from naming as statistics
    inner join names
        on contains(statistics.sentence_text, names.name_text)
    where regexp_matches(
        statistics.sentence_text, '\b' || regexp_escape(names.name_text) || '\b')
),

found as (
    select
        statistic_key,
        alpha2,
        name_length,
        abs(name_position - span_position) as distance
    from mentions
    -- the few words before the name make it a donor: skip it
    where not regexp_matches(
        substr(sentence_text, greatest(name_position - 40, 1), least(name_position - 1, 40)),
        '(ambassade|embassy|embajada|embaixada|financ|funded|funding|fonds|donat|donor|doador|donante|bailleur|contribution|contribucion|contribuicao)[^.;]*$'
    )
),

nearest as (
    select
        statistic_key,
        arg_min(alpha2, (distance, -name_length, alpha2)) as country_code,
        count(distinct alpha2) as countries_named
    from found
    group by statistic_key
)

select
    statistics.statistic_key,
    statistics.release_key,
    nearest.country_code,
    coalesce(nearest.countries_named, 0) as countries_named,
    statistics.parsed_at
from statistics
left join nearest using (statistic_key)
