#include "common/logging.h"

Q_LOGGING_CATEGORY(lcLink, "station.link", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLinkHex, "station.link.hex", QtWarningMsg)
Q_LOGGING_CATEGORY(lcEdm, "station.edm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAt, "station.at", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPki, "station.pki", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAzure, "station.azure", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJob, "station.job", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "station.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "station.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLabel, "station.label", QtInfoMsg)
