{#-
    dbt's `unique`, read for the keys of this command's scope (macros/test_scope.sql): the
    keys held by a row of a release parsed since the last build that passed every test, each
    counted over the whole model. A duplicate either involves such a row, or was there at
    that build, which tested it; a full refresh or a `dbt test` tests every key. Grouping the
    whole model by key took most of a +1 % run's tests at 100,000 files; probing it for the
    few keys in scope reads one column.

    `release_column`: the model's column holding the release key, when the model has no
    `parsed_at` of its own (a staging model): its rows are in scope when their release is.
-#}
{% test unique_in_scope(model, column_name, release_column=none) %}

with

in_scope as (
    select {{ column_name }} as key
    from {{ model }}
    {% if release_column -%}
    where {{ release_column }} in (
        select release_key from {{ ref('stg_parsed__releases') }}
        where {{ parsed_in_scope() }}
    )
    {%- else -%}
    where {{ parsed_in_scope() }}
    {%- endif %}
)

select {{ column_name }} as unique_field, count(*) as n_records
from {{ model }}
where {{ column_name }} in (select key from in_scope)
group by {{ column_name }}
having count(*) > 1

{% endtest %}
