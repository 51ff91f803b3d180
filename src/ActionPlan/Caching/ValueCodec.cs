using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using ActionPlan.Domain;

namespace ActionPlan.Caching;

/// <summary>
/// Writes and reads plain data whole, for results kept between builds whose types are many (a page's front matter and
/// its kind's facts): records by their constructor and their settable properties, and lists, sets, maps, tuples, texts,
/// numbers, days, enums and kinds within them. A type is taken only when every field it holds lies behind a property
/// that is written, so what is read back is what was written; <see cref="Covers"/> says whether a type is.
/// </summary>
internal static class ValueCodec
{
    private sealed record Coder(Action<BinaryWriter, object?> Write, Func<BinaryReader, object?> Read);

    private static readonly ConcurrentDictionary<Type, Coder?> Coders = new();

    /// <summary>True when values of <paramref name="type"/> (and of every type they hold) can be written and read back exactly.</summary>
    public static bool Covers(Type type) => CoderOf(type) is not null;

    /// <summary>Writes a value of a covered type.</summary>
    public static void Write<T>(BinaryWriter writer, T value) => (CoderOf(typeof(T)) ?? throw Uncovered(typeof(T))).Write(writer, value);

    /// <summary>Reads a value as <see cref="Write{T}"/> wrote it; a <see cref="FormatException"/> when the bytes are not one.</summary>
    public static T Read<T>(BinaryReader reader) => (T)(CoderOf(typeof(T)) ?? throw Uncovered(typeof(T))).Read(reader)!;

    private static InvalidOperationException Uncovered(Type type) => new($"{type} holds a value the cache cannot write whole.");

    private static Coder? CoderOf(Type type) => Coders.TryGetValue(type, out var known) ? known : Coders.GetOrAdd(type, Make(type, []));

    private static Coder? Make(Type type, HashSet<Type> making)
    {
        if (Coders.TryGetValue(type, out var known))
        {
            return known;
        }

        // A type that holds itself is not plain data here.
        if (!making.Add(type))
        {
            return null;
        }

        try
        {
            return (Scalar(type) is { } scalar ? type.IsValueType ? scalar : Optional(scalar) : null)
                ?? (System.Nullable.GetUnderlyingType(type) is { } underlying ? Optional(Make(underlying, making))
                : type.IsValueType ? Tuple(type, making)
                : IsCollection(type) ? Optional(Collection(type, making))
                : type.IsClass && type.IsSealed && !typeof(Delegate).IsAssignableFrom(type) ? Optional(Record(type, making))
                : type.IsClass && type.IsAbstract ? Optional(Polymorphic(type, making))
                : null);
        }
        finally
        {
            making.Remove(type);
        }
    }

    private static Coder? Scalar(Type type) =>
        type == typeof(string) ? new((w, v) => w.Write((string)v!), r => r.ReadString())
        : type == typeof(int) ? new((w, v) => w.Write((int)v!), r => r.ReadInt32())
        : type == typeof(long) ? new((w, v) => w.Write((long)v!), r => r.ReadInt64())
        : type == typeof(bool) ? new((w, v) => w.Write((bool)v!), r => r.ReadBoolean())
        : type == typeof(double) ? new((w, v) => w.Write((double)v!), r => r.ReadDouble())
        : type == typeof(DateOnly) ? new((w, v) => w.Write(((DateOnly)v!).DayNumber), r => DateOnly.FromDayNumber(r.ReadInt32()))
        : type.IsEnum && Enum.GetUnderlyingType(type) == typeof(int) ? new((w, v) => w.Write((int)v!), r => Enum.ToObject(type, r.ReadInt32()))
        : type == typeof(ContentKind) ? new((w, v) => w.Write(((ContentKind)v!).Name), r => ContentKind.Parse(r.ReadString()) ?? throw new FormatException("no such kind"))
        : null;

    /// <summary>A value that may be absent: a flag, then the value.</summary>
    private static Coder? Optional(Coder? inner) => inner is null ? null : new(
        (w, v) =>
        {
            w.Write(v is not null);
            if (v is not null)
            {
                inner.Write(w, v);
            }
        },
        r => r.ReadBoolean() ? inner.Read(r) : null);

    private static Coder? Tuple(Type type, HashSet<Type> making)
    {
        if (!type.IsGenericType || !type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal) || type.GetGenericArguments().Length > 7)
        {
            return null;
        }

        var fields = type.GetFields().OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var coders = fields.Select(f => Make(f.FieldType, making)).ToArray();
        var constructor = type.GetConstructor(type.GetGenericArguments());
        return coders.Any(c => c is null) || constructor is null ? null : new(
            (w, v) =>
            {
                for (var i = 0; i < fields.Length; i++)
                {
                    coders[i]!.Write(w, fields[i].GetValue(v));
                }
            },
            r => constructor.Invoke([.. coders.Select(c => c!.Read(r))]));
    }

    private static readonly Type[] Lists = [typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(List<>)];
    private static readonly Type[] Sets = [typeof(IReadOnlySet<>), typeof(HashSet<>)];
    private static readonly Type[] Maps = [typeof(IReadOnlyDictionary<,>), typeof(Dictionary<,>)];

    private static bool IsCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition && Lists.Concat(Sets).Concat(Maps).Contains(definition);

    private static Coder? Collection(Type type, HashSet<Type> making)
    {
        var definition = type.GetGenericTypeDefinition();
        var arguments = type.GetGenericArguments();
        var byDefault = typeof(EqualityComparer<>).MakeGenericType(arguments[0]).GetProperty("Default")!.GetValue(null)!;
        return Lists.Contains(definition) ? Sequence(arguments[0], making, typeof(List<>), (_, _) => { })
            : Sets.Contains(definition) ? Sequence(arguments[0], making, typeof(HashSet<>), (w, set) => WriteComparer(w, set, arguments[0], byDefault))
            : Map(arguments[0], arguments[1], making, byDefault);
    }

    /// <summary>Items in their order, read into a new <paramref name="made"/> of them (a list or a set).</summary>
    private static Coder? Sequence(Type item, HashSet<Type> making, Type made, Action<BinaryWriter, object> comparer)
    {
        if (Make(item, making) is not { } coder)
        {
            return null;
        }

        var type = made.MakeGenericType(item);
        var add = type.GetMethod("Add")!;
        return new(
            (w, v) =>
            {
                var items = ((IEnumerable)v!).Cast<object?>().ToList();
                comparer(w, v!);
                w.Write(items.Count);
                foreach (var i in items)
                {
                    coder.Write(w, i);
                }
            },
            r =>
            {
                var result = made == typeof(HashSet<>) && item == typeof(string) && r.ReadBoolean()
                    ? Activator.CreateInstance(type, StringComparer.OrdinalIgnoreCase)!
                    : Activator.CreateInstance(type)!;
                for (var count = r.ReadInt32(); count > 0; count--)
                {
                    add.Invoke(result, [coder.Read(r)]);
                }

                return result;
            });
    }

    /// <summary>Keys and values in their order, read into a new dictionary, whose order is then the same.</summary>
    private static Coder? Map(Type key, Type value, HashSet<Type> making, object byDefault)
    {
        if (Make(key, making) is not { } keys || Make(value, making) is not { } values)
        {
            return null;
        }

        var type = typeof(Dictionary<,>).MakeGenericType(key, value);
        var add = type.GetMethod("Add")!;
        var keyOf = typeof(KeyValuePair<,>).MakeGenericType(key, value).GetProperty("Key")!;
        var valueOf = typeof(KeyValuePair<,>).MakeGenericType(key, value).GetProperty("Value")!;
        return new(
            (w, v) =>
            {
                var entries = ((IEnumerable)v!).Cast<object>().ToList();
                WriteComparer(w, v!, key, byDefault);
                w.Write(entries.Count);
                foreach (var entry in entries)
                {
                    keys.Write(w, keyOf.GetValue(entry));
                    values.Write(w, valueOf.GetValue(entry));
                }
            },
            r =>
            {
                var result = key == typeof(string) && r.ReadBoolean()
                    ? Activator.CreateInstance(type, StringComparer.OrdinalIgnoreCase)!
                    : Activator.CreateInstance(type)!;
                for (var count = r.ReadInt32(); count > 0; count--)
                {
                    add.Invoke(result, [keys.Read(r), values.Read(r)]);
                }

                return result;
            });
    }

    /// <summary>
    /// How a set's or a map's texts are compared, which decides what it holds: ordinal (as by default) or ignoring case.
    /// Another comparer is a set this codec cannot make again, and a fault of the code, not of the content.
    /// </summary>
    private static void WriteComparer(BinaryWriter writer, object collection, Type keyType, object byDefault)
    {
        var comparer = collection.GetType().GetProperty("Comparer")?.GetValue(collection);
        if (keyType != typeof(string))
        {
            if (comparer is not null && !ReferenceEquals(comparer, byDefault))
            {
                throw new InvalidOperationException($"a {collection.GetType()} with its own comparer cannot be kept");
            }

            return;
        }

        var ignoreCase = ReferenceEquals(comparer, StringComparer.OrdinalIgnoreCase);
        if (!ignoreCase && !(comparer is null || ReferenceEquals(comparer, StringComparer.Ordinal) || ReferenceEquals(comparer, EqualityComparer<string>.Default)))
        {
            throw new InvalidOperationException($"a {collection.GetType()} with its own comparer cannot be kept");
        }

        writer.Write(ignoreCase);
    }

    /// <summary>
    /// A sealed class by the public constructor with the most parameters (each the value of the property of its name)
    /// and then its other settable properties. Refused when a field of it lies behind no property written.
    /// </summary>
    private static Coder? Record(Type type, HashSet<Type> making)
    {
        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length);
        if (constructor is null)
        {
            return null;
        }

        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var parameters = constructor.GetParameters()
            .Select(parameter => properties.FirstOrDefault(p => p.Name == parameter.Name && p.PropertyType == parameter.ParameterType && p.CanRead))
            .ToList();
        if (parameters.Any(p => p is null))
        {
            return null;
        }

        var settable = properties.Where(p => !parameters.Contains(p) && p.SetMethod is { IsPublic: true }).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var written = parameters.Concat(settable).ToList();
        var backed = written.Select(p => $"<{p!.Name}>k__BackingField").ToHashSet(StringComparer.Ordinal);
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Any(f => !backed.Contains(f.Name)))
            {
                return null;
            }
        }

        var coders = written.Select(p => Make(p!.PropertyType, making)).ToArray();
        if (coders.Any(c => c is null))
        {
            return null;
        }

        var count = parameters.Count;
        return new(
            (w, v) =>
            {
                for (var i = 0; i < written.Count; i++)
                {
                    coders[i]!.Write(w, written[i]!.GetValue(v));
                }
            },
            r =>
            {
                var arguments = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    arguments[i] = coders[i]!.Read(r);
                }

                var value = constructor.Invoke(arguments);
                for (var i = count; i < written.Count; i++)
                {
                    written[i]!.SetValue(value, coders[i]!.Read(r));
                }

                return value;
            });
    }

    /// <summary>An abstract class (a kind's facts): the concrete type's name, then the value as that type. Every concrete type of it in its assembly must be covered.</summary>
    private static Coder? Polymorphic(Type type, HashSet<Type> making)
    {
        var concrete = type.Assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && type.IsAssignableFrom(t) && !t.ContainsGenericParameters)
            .ToDictionary(t => t.FullName!, StringComparer.Ordinal);
        var coders = new Dictionary<string, Coder>(StringComparer.Ordinal);
        foreach (var (name, t) in concrete)
        {
            if ((t.IsSealed ? Record(t, making) : null) is not { } coder)
            {
                return null;
            }

            coders[name] = coder;
        }

        return new(
            (w, v) =>
            {
                var name = v!.GetType().FullName!;
                w.Write(name);
                (coders.GetValueOrDefault(name) ?? throw Uncovered(v.GetType())).Write(w, v);
            },
            r => (coders.GetValueOrDefault(r.ReadString()) ?? throw new FormatException("no such type")).Read(r));
    }
}
