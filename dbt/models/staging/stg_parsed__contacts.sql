select
    contact_id as release_contact_id,
    release_id as release_key,
    sha256,
    position,
    nullif(trim(regexp_replace(name, '\s+', ' ', 'g')), '') as name,
    {{ fold_name('name') }} as folded_name,
    nullif(trim(office), '') as office
from {{ source('parsed', 'contacts') }}
