#include "util/Clock.h"

Clock* Clock::system()
{
    static SystemClock clock;
    return &clock;
}
