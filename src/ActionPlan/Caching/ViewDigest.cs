using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ActionPlan.Model;
using ActionPlan.Rendering;

namespace ActionPlan.Caching;

/// <summary>
/// The SHA-256 of a page's view as values: its texts, numbers, dates and lists, the records and lists of the product data it
/// shows, each read through its public properties, and each page it holds by what names the page (its address, key,
/// language, role...), not by what the page holds, which a layout's reads note (<see cref="PageReads"/>). A view holding
/// what it cannot take as a value (a function, a type from outside the tool, a graph too large) has no digest: its page
/// is fingerprinted by the whole content, as every page once was. Its <see cref="Writer"/> writes the rest of a page's
/// fingerprint too.
/// </summary>
internal sealed class ViewDigest
{
    private const int Budget = 1 << 20;
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, DigestAs? How)[]> PropertiesOf = new();
    private static readonly Assembly Tool = typeof(ViewDigest).Assembly;
    private static readonly ConcurrentDictionary<Type, bool> IsSet = new();

    private readonly ConcurrentDictionary<object, byte[]?> _shared = new(ReferenceEqualityComparer.Instance);

    /// <summary>The digest of <paramref name="view"/>, or null when it holds something not taken as a value.</summary>
    public byte[]? Of(object view)
    {
        var writer = new Writer(this);
        return writer.Add(view) ? writer.Digest() : null;
    }

    private byte[]? SharedDigest(object value) => _shared.GetOrAdd(value, v => Of(v));

    private static (PropertyInfo Property, DigestAs? How)[] Properties(Type type) => PropertiesOf.GetOrAdd(type, t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p => (p, p.GetCustomAttribute<DigestAttribute>()?.How))
            .ToArray());

    /// <summary>
    /// The bytes of one fingerprint, hashed once at the end: each value with a tag and, where it varies, its length. A
    /// view shares its owner's digests of objects many views hold.
    /// </summary>
    public sealed class Writer(ViewDigest owner)
    {
        private readonly ArrayBufferWriter<byte> _bytes = new(4096);
        private int _budget = Budget;

        private ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

        /// <summary>The SHA-256 of what was written.</summary>
        public byte[] Digest() => SHA256.HashData(Written);

        /// <summary>Writes a value; false when it holds something not taken as a value (what was written of it stays, the same each time).</summary>
        public bool Add(object? value) => Add(value, 0);

        /// <summary>Writes bytes of a known length, such as a digest.</summary>
        public void Bytes(ReadOnlySpan<byte> bytes) => _bytes.Write(bytes);

        private bool Add(object? value, int depth)
        {
            if (--_budget < 0 || depth > 24)
            {
                return false;
            }

            switch (value)
            {
                case null:
                    Tag(0);
                    return true;
                case string text:
                    Tag(1);
                    Text(text);
                    return true;
                case Page page:
                    // What names a page (address, key, language, role, kind of made page, year, number, subject), which
                    // pages do not note as read: what a page holds is the reads' part of a fingerprint.
                    Tag(2);
                    Text(page.UrlPath);
                    Text(page.Key);
                    Text(page.Language.Code);
                    Number((long)page.Role);
                    Text(page.Type?.Name ?? "");
                    Number(page.Year ?? -1);
                    Number(page.Number);
                    Text(page.Subject ?? "\0");
                    return true;
                case Configuration.Language language:
                    Tag(3);
                    Text(language.Code);
                    return true;
                case Delegate:
                    return false;
                case Enum e:
                    Tag(4);
                    Text(e.GetType().FullName!);
                    Number(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                    return true;
                case bool flag:
                    Tag(12);
                    Number(flag ? 1 : 0);
                    return true;
                case int number:
                    Tag(13);
                    Number(number);
                    return true;
                case char or byte or sbyte or short or ushort or uint or long or ulong or float or double or decimal
                    or DateOnly or DateTime or TimeOnly or TimeSpan or DateTimeOffset:
                    Tag(5);
                    Text(value.GetType().Name);
                    Text(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                    return true;
                case ITuple tuple:
                    Tag(6);
                    Number(tuple.Length);
                    for (var i = 0; i < tuple.Length; i++)
                    {
                        if (!Add(tuple[i], depth + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                case IEnumerable items:
                    return Enumerable(items, depth);
                default:
                    return Record(value, depth);
            }
        }

        private bool Enumerable(IEnumerable items, int depth)
        {
            if (IsSet.GetOrAdd(items.GetType(), t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlySet<>))))
            {
                // A set's order is not its content: each member is taken on its own, in the order of their digests.
                var members = new List<byte[]>();
                foreach (var item in items)
                {
                    var member = new Writer(owner) { _budget = _budget };
                    if (!member.Add(item, depth + 1))
                    {
                        return false;
                    }

                    _budget = member._budget;
                    members.Add(SHA256.HashData(member.Written));
                }

                members.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
                Tag(7);
                Number(members.Count);
                members.ForEach(m => _bytes.Write(m));
                return true;
            }

            Tag(8);
            var count = 0;
            foreach (var item in items)
            {
                if (!Add(item, depth + 1))
                {
                    return false;
                }

                count++;
            }

            Number(count);
            return true;
        }

        private bool Record(object value, int depth)
        {
            var type = value.GetType();
            if (type.Assembly != Tool)
            {
                return false;
            }

            Tag(9);
            Text(type.FullName!);
            foreach (var (property, how) in Properties(type))
            {
                if (how == DigestAs.Covered)
                {
                    continue;
                }

                object? item;
                try
                {
                    item = property.GetValue(value);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A property that cannot be read for this value leaves the view to the whole content's key.
                    return false;
                }

                if (how == DigestAs.Shared && item is not null)
                {
                    if (owner.SharedDigest(item) is not { } shared)
                    {
                        return false;
                    }

                    Tag(11);
                    _bytes.Write(shared);
                }
                else if (!Add(item, depth + 1))
                {
                    return false;
                }
            }

            return true;
        }

        private void Tag(byte tag) => _bytes.Write([tag]);

        /// <summary>Writes a number.</summary>
        public void Number(long number)
        {
            var span = _bytes.GetSpan(8);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(span, number);
            _bytes.Advance(8);
        }

        /// <summary>Writes a text with its length.</summary>
        public void Text(string text)
        {
            Number(text.Length);
            _bytes.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        }
    }
}
