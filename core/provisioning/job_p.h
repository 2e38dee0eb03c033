#pragma once

// What the Job's source files (job.cpp, job_wifi.cpp, job_cloud.cpp) share beyond job.h.

#include "module/moduleclient.h"

namespace jobdetail {

/// The module lost its Wi-Fi link or its network interface.
inline bool isNetworkLoss(const module::Event &e)
{
    return e.kind == module::Event::Kind::WifiDown || e.kind == module::Event::Kind::NetworkDown;
}

} // namespace jobdetail
