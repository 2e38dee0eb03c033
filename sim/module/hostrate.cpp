#include "hostrate.h"

#include <asm/termbits.h>
#include <sys/ioctl.h>

namespace uxsim {

int hostLineRate(int fd)
{
    struct termios2 t
    {
    };
    if (fd < 0 || ::ioctl(fd, TCGETS2, &t) != 0)
        return 0;
    return int(t.c_ospeed);
}

bool setHostLineRate(int fd, int rate)
{
    struct termios2 t
    {
    };
    if (fd < 0 || ::ioctl(fd, TCGETS2, &t) != 0)
        return false;
    t.c_cflag &= ~tcflag_t(CBAUD);
    t.c_cflag |= BOTHER;
    t.c_ispeed = t.c_ospeed = speed_t(rate);
    return ::ioctl(fd, TCSETS2, &t) == 0;
}

} // namespace uxsim
