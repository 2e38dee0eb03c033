#pragma once

#include <functional>
#include <map>
#include <memory>
#include <QObject>
#include <string>

/// Several Qt Test classes share one executable (few executables, a lean build). Each class
/// registers itself with PS_REGISTER_TEST; ctest runs "tst_<tier> <Class>" once per class, and a
/// registry test fails when a class is registered but not listed in CMake, or the other way round,
/// so no test is ever skipped silently.
namespace testregistry {

using Factory = std::function<std::unique_ptr<QObject>()>;
std::map<std::string, Factory> &all();

struct Registrar
{
    Registrar(const char *name, Factory factory) { all().emplace(name, std::move(factory)); }
};

} // namespace testregistry

#define PS_REGISTER_TEST(Class)                                                                                        \
    static const testregistry::Registrar s_registrar_##Class(#Class, [] { return std::make_unique<Class>(); })
