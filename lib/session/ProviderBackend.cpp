#include "session/ProviderBackend.h"
