#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The variables a request is resolved with, in three layers; a later layer wins:
// the collection's variables, then the selected environment's (its secret variables read from
// the keychain), then the values captured during a run (or edited by hand).
//
// resolve() replaces every {{name}} (blanks inside the braces allowed) in one pass: a value that
// itself contains {{...}} is inserted as it is, so a value can never expand without end.
class VariableScope
{
public:
    enum class Layer { Collection, Environment, Runtime };

    void set(Layer layer, const QString& name, const QString& value);
    void setSecret(const QString& name, const QString& value); // environment layer, never written to files
    void clear(Layer layer);

    bool contains(const QString& name) const;
    QString value(const QString& name) const;
    bool isSecret(const QString& name) const { return m_secretNames.contains(name); }
    QHash<QString, QString> values(Layer layer) const { return m_layers[int(layer)]; }
    QStringList names() const; // every defined name, sorted
    QStringList secretValues() const; // for masking

    // `text` with every known {{name}} replaced; unknown names are left as they are and listed
    // (once each, in order) in *unknown.
    QString resolve(const QString& text, QStringList* unknown = nullptr) const;
    // The names a text refers to, in order, once each.
    static QStringList referencedNames(const QString& text);

private:
    QHash<QString, QString> m_layers[3];
    QSet<QString> m_secretNames;
};
