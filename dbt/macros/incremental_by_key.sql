{#-
    The config of a model built incrementally by key: a run builds the rows of what is new
    and replaces them by `unique_key` (delete+insert); the post-hook removes the rows whose
    key has left `source` (a release parsed again into fewer figures, say). A mart whose
    columns change fails rather than drift: rebuild with `pressroom run --full-refresh`.
    Used as `{{ config(**incremental_by_key('statistic_key', 'stg_parsed__statistics')) }}`.
-#}
{% macro incremental_by_key(unique_key, source) %}
    {{ return({
        'materialized': 'incremental',
        'unique_key': unique_key,
        'incremental_strategy': 'delete+insert',
        'on_schema_change': 'fail',
        'post_hook': "delete from {{ this }} as kept where not exists (select 1 from {{ ref('"
            ~ source ~ "') }} as src where src." ~ unique_key ~ " = kept." ~ unique_key ~ ")",
    }) }}
{% endmacro %}
