#pragma once

#include <QLoggingCategory>

// One category per room of the house; enable with QT_LOGGING_RULES="station.link.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLink)    // station.link      - transport, command queue, modes
Q_DECLARE_LOGGING_CATEGORY(lcLinkHex) // station.link.hex  - raw byte dumps (noisy)
Q_DECLARE_LOGGING_CATEGORY(lcEdm)     // station.edm       - framing, resynchronisation
Q_DECLARE_LOGGING_CATEGORY(lcAt)      // station.at        - AT line parsing
Q_DECLARE_LOGGING_CATEGORY(lcPki)     // station.pki       - certificates and keys
Q_DECLARE_LOGGING_CATEGORY(lcAzure)   // station.azure     - tokens, DPS, hub
Q_DECLARE_LOGGING_CATEGORY(lcJob)     // station.job       - provisioning steps
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // station.store     - results database, secrets
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // station.ui
Q_DECLARE_LOGGING_CATEGORY(lcLabel)   // station.label     - label rendering and printing
