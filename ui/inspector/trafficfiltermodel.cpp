#include "inspector/trafficfiltermodel.h"

#include "inspector/trafficmodel.h"
#include "traffic/trafficdecode.h"

#include "edm/edmframe.h"

#include <algorithm>
#include <QElapsedTimer>

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

/// Case-insensitive search of an ASCII needle (already lower case) in bytes: no decoding, no
/// allocation. UTF-8 bytes of other characters are all >= 0x80 and never match an ASCII byte.
bool containsAscii(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    const qsizetype n = lowerNeedle.size();
    if (n == 0)
        return true;
    const char first = lowerNeedle[0];
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - ('a' - 'A')) : first;
    for (qsizetype i = 0; i + n <= haystack.size(); ++i) {
        if (haystack[i] != first && haystack[i] != firstUpper)
            continue;
        qsizetype k = 1;
        while (k < n && asciiLower(haystack[i + k]) == lowerNeedle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

constexpr std::initializer_list<TrafficRecord::Kind> kKinds = {
    TrafficRecord::Kind::AtLine,   TrafficRecord::Kind::Upload, TrafficRecord::Kind::EdmFrame,
    TrafficRecord::Kind::EdmError, TrafficRecord::Kind::Noise,  TrafficRecord::Kind::Event};
constexpr std::initializer_list<quint16> kPacketIds = {0x0011, 0x0021, 0x0031, 0x0036, 0x0041,
                                                       0x0044, 0x0045, 0x0056, 0x0061, 0x0071};

} // namespace

TrafficFilterModel::TrafficFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void TrafficFilterModel::setSourceModel(QAbstractItemModel *model)
{
    QAbstractProxyModel::setSourceModel(model);
}

void TrafficFilterModel::setTrafficModel(TrafficModel *model)
{
    if (model == m_model)
        return;
    beginResetModel();
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_model = model;
    setSourceModel(model);
    if (model) {
        m_connections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                 &TrafficFilterModel::onRowsAboutToBeRemoved);
        m_connections << connect(model, &QAbstractItemModel::rowsInserted, this, &TrafficFilterModel::onRowsInserted);
        m_connections << connect(model, &QAbstractItemModel::dataChanged, this, &TrafficFilterModel::onDataChanged);
        m_connections << connect(model, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
        m_connections << connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                 &TrafficFilterModel::beginResetModel);
        m_connections << connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_rows.clear();
            fill();
            endResetModel();
        });
        m_connections << connect(model, &QObject::destroyed, this, [this] { setTrafficModel(nullptr); });
    }
    m_rows.clear();
    fill();
    endResetModel();
}

void TrafficFilterModel::setTypeFilter(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    parseType();
    refilter();
}

void TrafficFilterModel::setChannelFilter(int channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    refilter();
}

void TrafficFilterModel::setSlotFilter(int slot)
{
    if (slot == m_slot)
        return;
    m_slot = slot;
    refilter();
}

void TrafficFilterModel::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    m_textAscii = ascii ? text.toLatin1().toLower() : QByteArray();
    matchTypes();
    refilter();
}

void TrafficFilterModel::retranslate()
{
    // The type words the text filter also searches are the language's.
    if (m_text.isEmpty())
        return;
    matchTypes();
    refilter();
}

void TrafficFilterModel::matchTypes()
{
    // Which types the text names, by their id or their words: decided once, not per row.
    m_textKinds.fill(false);
    m_textPacketIds.clear();
    if (m_text.isEmpty())
        return;
    const auto names = [this](const QString &id, const QString &label) {
        return id.contains(m_text, Qt::CaseInsensitive) || label.contains(m_text, Qt::CaseInsensitive);
    };
    for (auto k : kKinds)
        if (k != TrafficRecord::Kind::EdmFrame)
            m_textKinds[size_t(k)] = names(TrafficRecord::kindName(k), traffic::kindLabel(k));
    for (quint16 id : kPacketIds)
        if (names(edm::packetTypeName(id), traffic::typeLabel(TrafficRecord::Kind::EdmFrame, id)))
            m_textPacketIds.append(id);
}

bool TrafficFilterModel::textNamesType(TrafficRecord::Kind kind, quint16 edmId) const
{
    if (kind != TrafficRecord::Kind::EdmFrame)
        return size_t(kind) < m_textKinds.size() && m_textKinds[size_t(kind)];
    if (m_textPacketIds.contains(edmId))
        return true;
    // An id we have no name for is shown as its number ("0x1234").
    return !edm::isKnownPacketType(edmId) && traffic::typeName(kind, edmId).contains(m_text, Qt::CaseInsensitive);
}

void TrafficFilterModel::parseType()
{
    m_typeNever = false;
    if (m_type.isEmpty())
        return;
    for (auto k : kKinds) {
        if (k != TrafficRecord::Kind::EdmFrame && TrafficRecord::kindName(k) == m_type) {
            m_typeKind = k;
            return;
        }
    }
    m_typeKind = TrafficRecord::Kind::EdmFrame;
    for (quint16 id : kPacketIds) {
        if (edm::packetTypeName(id) == m_type) {
            m_typeEdmId = id;
            return;
        }
    }
    bool ok = false;
    m_typeEdmId = m_type.startsWith(QLatin1String("0x")) ? quint16(m_type.mid(2).toUInt(&ok, 16)) : 0;
    m_typeNever = !ok; // a type name that is not one of ours matches nothing
}

bool TrafficFilterModel::accepts(int row) const
{
    const traffic::TrafficLog &log = m_model->log();
    if (m_channel != kAny && log.channel(row) != m_channel)
        return false;
    if (m_slot != kAny && log.slot(row) != m_slot)
        return false;
    if (!m_type.isEmpty()) {
        if (m_typeNever || log.kind(row) != m_typeKind)
            return false;
        if (m_typeKind == TrafficRecord::Kind::EdmFrame && log.edmId(row) != m_typeEdmId)
            return false;
    }
    return m_text.isEmpty() || matchesText(row);
}

bool TrafficFilterModel::matchesText(int row) const
{
    const traffic::TrafficLog &log = m_model->log();
    if (textNamesType(log.kind(row), log.edmId(row)))
        return true;
    const QByteArrayView summary = log.summaryUtf8(row);
    // Summaries are cut short; an engineer looking for a JSON key means the payload too.
    const QByteArrayView raw = log.raw(row);
    if (!m_textAscii.isEmpty())
        return containsAscii(summary, m_textAscii) || containsAscii(raw, m_textAscii);
    return QString::fromUtf8(summary).contains(m_text, Qt::CaseInsensitive);
}

void TrafficFilterModel::fill()
{
    if (!m_model)
        return;
    const quint64 first = m_model->log().firstSequence();
    const int rows = m_model->rowCount();
    for (int r = 0; r < rows; ++r)
        if (accepts(r))
            m_rows.push_back(first + quint64(r));
}

void TrafficFilterModel::refilter()
{
    QElapsedTimer clock;
    clock.start();
    beginResetModel();
    m_rows.clear();
    fill();
    endResetModel();
    m_lastRefilterNs = clock.nsecsElapsed();
}

void TrafficFilterModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // Done before the source changes: our remaining rows still map to records it holds.
    const quint64 base = m_model->log().firstSequence();
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), base + quint64(first));
    const auto to = std::upper_bound(from, m_rows.end(), base + quint64(last));
    if (from == to)
        return;
    const int proxyFirst = int(from - m_rows.begin());
    beginRemoveRows({}, proxyFirst, proxyFirst + int(to - from) - 1);
    m_rows.erase(from, to);
    endRemoveRows();
}

void TrafficFilterModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    // TrafficModel appends at the end: the new sequences are above every shown one.
    const quint64 base = m_model->log().firstSequence();
    std::vector<quint64> accepted;
    accepted.reserve(size_t(last - first + 1));
    for (int r = first; r <= last; ++r)
        if (accepts(r))
            accepted.push_back(base + quint64(r));
    if (accepted.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(accepted.size()) - 1);
    m_rows.insert(m_rows.end(), accepted.begin(), accepted.end());
    endInsertRows();
}

void TrafficFilterModel::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    const quint64 base = m_model->log().firstSequence();
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), base + quint64(topLeft.row()));
    const auto to = std::upper_bound(from, m_rows.end(), base + quint64(bottomRight.row()));
    if (from == to)
        return;
    emit dataChanged(index(int(from - m_rows.begin()), topLeft.column()),
                     index(int(to - m_rows.begin()) - 1, bottomRight.column()), roles);
}

int TrafficFilterModel::rowOfSequence(quint64 sequence) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sequence);
    return it != m_rows.end() && *it == sequence ? int(it - m_rows.begin()) : -1;
}

QModelIndex TrafficFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TrafficFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int TrafficFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrafficFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : m_model->columnCount();
}

bool TrafficFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex TrafficFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const qsizetype row = m_model->log().rowOf(m_rows[size_t(proxyIndex.row())]);
    return row < 0 ? QModelIndex() : m_model->index(int(row), proxyIndex.column());
}

QModelIndex TrafficFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model)
        return {};
    const int row = rowOfSequence(m_model->log().firstSequence() + quint64(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

QVariant TrafficFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's even when no row is shown (a general proxy maps through row 0).
    if (orientation == Qt::Horizontal)
        return m_model ? m_model->headerData(section, orientation, role) : QVariant();
    return QAbstractProxyModel::headerData(section, orientation, role);
}
