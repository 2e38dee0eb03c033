#include "link/transport.h"
