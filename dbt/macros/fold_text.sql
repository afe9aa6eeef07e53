{#- Text folded for keyword matching: lower case, accents stripped, typographic apostrophes
    made straight ("Demandeurs d’Asile" -> "demandeurs d'asile"). Null when empty. -#}
{% macro fold_text(column) -%}
    nullif(regexp_replace(lower(strip_accents({{ column }})), '[’`´]', '''', 'g'), '')
{%- endmacro %}
