{#-
    The category of each figure, from the keyword taxonomy (seeds `figure_categories` and
    `figure_keywords`). Money is known from the unit. Otherwise the figure's subject is
    matched against every keyword; a figure without a subject is matched on its span
    ("26 % son menores de edad"), then on its sentence. Among the keywords matched on the
    first text that matches any, the category of smallest priority wins ("enfants victimes de
    traite" is trafficking_victims, with `children` among its topics); within it, the longest
    match gives the English term. A keyword with a context pattern counts only when the
    sentence matches it too (a bare "victims" in a sentence about trafficking).

    Keywords of every language are tried on every figure: the language detector may mislabel
    a release (Portuguese read as Spanish) and the stems of different languages rarely collide.

    Incremental like `statistics` (matching every keyword is the costly part of a run): only
    figures of releases parsed since the last run are categorised. After editing the taxonomy
    seeds, rebuild with `pressroom run --full-refresh`.
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
        statistics.unit_family,
        {{ fold_text('statistics.subject') }} as subject_text,
        {{ fold_text('statistics.span') }} as span_text,
        {{ fold_text('statistics.sentence') }} as sentence_text
    from {{ ref('stg_parsed__statistics') }} as statistics
    inner join releases using (release_key)
),

keywords as (
    select
        row_number() over (
            order by keywords.category, keywords.language, keywords.pattern,
                keywords.context_pattern
        ) as keyword,
        keywords.category,
        keywords.term_en,
        categories.priority
    from {{ ref('figure_keywords') }} as keywords
    inner join {{ ref('figure_categories') }} as categories using (category)
),

-- the texts a figure is categorised from, in order of preference: its subject, else its span
-- (its sentence comes third: `sentence_texts`)
texts as (
    select statistic_key, 'subject' as basis, subject_text as text, sentence_text
    from statistics
    where unit_family <> 'currency' and subject_text is not null
    union all
    select statistic_key, 'span', span_text, sentence_text
    from statistics
    where unit_family <> 'currency' and subject_text is null
),

-- the keywords each text matches, matched once per distinct text (figures share subjects and
-- sentences); a keyword with a context pattern counts only if the figure's sentence matches it
text_matches as (
    select texts.statistic_key, texts.basis, hits.keyword, hits.match_length
    from texts
    inner join (
        select distinct_texts.text, hit.keyword, hit.match_length
        from (select distinct text from texts where text is not null) as distinct_texts,
            unnest({{ figure_keyword_matches('distinct_texts.text') }}) as m(hit)
    ) as hits using (text)
    where {{ figure_keyword_context('hits.keyword', 'texts.sentence_text') }}
),

-- the sentence, for the figures whose span matched no keyword
sentence_texts as (
    select statistic_key, sentence_text
    from statistics
    where unit_family <> 'currency' and subject_text is null and sentence_text is not null
        and statistic_key not in (select statistic_key from text_matches)
),

sentence_matches as (
    select sentence_texts.statistic_key, 'sentence' as basis, hits.keyword,
        hits.match_length
    from sentence_texts
    inner join (
        select distinct_texts.sentence_text, hit.keyword, hit.match_length
        from (select distinct sentence_text from sentence_texts) as distinct_texts,
            unnest({{ figure_keyword_matches('distinct_texts.sentence_text') }}) as m(hit)
    ) as hits using (sentence_text)
    where {{ figure_keyword_context('hits.keyword', 'sentence_texts.sentence_text') }}
),

-- the matches on the first text that matched anything (a figure's subject and span never
-- both count: it has one or the other; its sentence only when its span matched nothing)
first_text_matches as (
    select
        matches.statistic_key,
        matches.basis,
        keywords.category,
        keywords.priority,
        keywords.term_en,
        matches.match_length
    from (
        select * from text_matches
        union all
        select * from sentence_matches
    ) as matches
    inner join keywords on keywords.keyword = matches.keyword
),

best as (
    select
        statistic_key,
        arg_min(category, (priority, -match_length, term_en)) as category,
        arg_min(term_en, (priority, -match_length, term_en)) as subject_en,
        any_value(basis) as category_basis
    from first_text_matches
    group by statistic_key
),

topics as (
    select statistic_key, list(category order by priority) as topics
    from (select distinct statistic_key, category, priority from first_text_matches)
    group by statistic_key
),

categorised as (
    select
        statistics.statistic_key,
        statistics.release_key,
        statistics.parsed_at,
        statistics.unit_family,
        case
            when statistics.unit_family = 'currency' then 'money'
            else coalesce(best.category, 'other')
        end as category,
        case
            when statistics.unit_family = 'currency' then ['money']
            else coalesce(topics.topics, [])
        end as topics,
        case when statistics.unit_family = 'currency' then 'money' else best.subject_en end
            as subject_en,
        case when statistics.unit_family = 'currency' then 'unit' else best.category_basis end
            as category_basis
    from statistics
    left join best using (statistic_key)
    left join topics using (statistic_key)
)

select
    categorised.statistic_key,
    categorised.release_key,
    categorised.category,
    categorised.topics,
    categorised.subject_en,
    categorised.category_basis,
    -- a number of people: a count (not a share, a rate or an amount) of a people category
    categories.is_people and categorised.unit_family = 'count' as is_people,
    categorised.parsed_at
from categorised
inner join {{ ref('figure_categories') }} as categories using (category)
