#include "session/LoftyBackend.h"
