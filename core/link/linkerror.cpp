#include "link/linkerror.h"
