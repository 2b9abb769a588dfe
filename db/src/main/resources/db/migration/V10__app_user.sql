-- Users of the server and their territorial scope. Passwords are stored only as DelegatingPasswordEncoder hashes
-- ({bcrypt}…). A user with no region is national; a region without a district covers the whole region.
create table app_user (
    username       text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    password_hash  text not null check (password_hash ~ '^\{[a-z0-9]+\}'),
    role           text not null check (role in ('consultant', 'assistant', 'family-support', 'inspector',
                                                 'analyst', 'operator', 'admin')),
    region_code    text references region (code),
    district_id    text references district (id),
    -- Demo users are created only by the embedded demo profile; the prod profile refuses to start if any exist.
    demo           boolean not null default false,
    enabled        boolean not null default true,
    created_at     timestamptz not null default now(),
    -- Field staff always work in a territory.
    check (role not in ('consultant', 'assistant', 'family-support', 'inspector') or region_code is not null),
    -- A district lies in the user's region.
    check (district_id is null or (region_code is not null and district_id like region_code || '-%'))
);
