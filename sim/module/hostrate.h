#pragma once

namespace uxsim {

/// The line rate a host set on the pseudo-terminal @p fd belongs to (the termios of a pty is shared
/// by every descriptor of it, so the device end uxsim holds shows what the host's QSerialPort set);
/// 0 when it cannot be read. A separate file: <asm/termbits.h> cannot live with <termios.h>.
int hostLineRate(int fd);
/// Sets the pty's rate (what a host finds before it sets its own): any rate, through termios2.
bool setHostLineRate(int fd, int rate);

} // namespace uxsim
