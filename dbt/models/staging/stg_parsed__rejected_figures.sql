select
    release_id || '-r' || position as rejected_figure_key,
    release_id as release_key,
    sha256,
    position,
    text as span,
    rule,
    reason,
    sentence,
    paragraph,
    char_start,
    char_end
from {{ source('parsed', 'rejected_figures') }}
