-- Every keyword of the figure taxonomy matches its own example (a typo in a pattern shows here).
select category, language, pattern, example
from {{ ref('figure_keywords') }}
where not regexp_matches({{ fold_text('example') }}, '\b(' || pattern || ')\b')
