#pragma once

// Placeholder; the seeded fake data arrives with the API routes.
class SandboxData
{
public:
    void reset() { }
};
