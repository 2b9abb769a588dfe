package kz.shanyraq.app.proactive;

import kz.shanyraq.law.family.Family;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The law's family, exactly as a measure read it, in a few hundred bytes: the inputs an offer keeps so that its
 * explanation can be rendered later (see {@link OfferExplanations}). Written on the event path for every event that
 * makes an offer, so it is cheap: the family's records are walked by their components (any record of the law's
 * family model, present or future, without a list of fields to keep up to date), numbers as variable-length
 * integers, strings and enum constants once each (by name, so a reordered enum still reads back), then referred to
 * by number.
 *
 * <p>Format 1: a version byte, then the family's value. A record is its components in declaration order; a
 * reference component is preceded by a presence byte; a list is its size and its elements; a string or enum
 * constant is a varint index into the strings met so far, followed by the UTF-8 text the first time.
 */
final class FamilyBasis {

    private static final int FORMAT = 1;

    private FamilyBasis() {
    }

    /** A record's components: names, generic and raw types (parsed once: reflection parses them on each call). */
    private record Shape(Constructor<?> constructor, String[] names, Type[] types, Class<?>[] raws,
                         MethodHandle[] accessors) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            if (!type.isRecord()) {
                throw new IllegalStateException("not a record of the family model: " + type.getName());
            }
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            String[] names = new String[components.length];
            Type[] generic = new Type[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    names[i] = components[i].getName();
                    generic[i] = components[i].getGenericType();
                    accessors[i] = MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                }
                return new Shape(type.getDeclaredConstructor(types), names, generic, types, accessors);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record " + type.getName() + " cannot be encoded", e);
            }
        }
    };

    static byte[] encode(Family family) {
        Writer w = new Writer();
        w.out.write(FORMAT);
        w.value(Family.class, family);
        return w.out.toArray();
    }

    static Family decode(byte[] basis) {
        Reader r = new Reader(basis);
        int format = r.in[r.at++];
        if (format != FORMAT) {
            throw new IllegalStateException("an offer's basis of unknown format " + format);
        }
        Family family = (Family) r.value(Family.class);
        if (r.at != basis.length) {
            throw new IllegalStateException("an offer's basis has " + (basis.length - r.at) + " bytes too many");
        }
        return family;
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** A growing byte array (not {@code ByteArrayOutputStream}, whose every write takes a lock). */
    private static final class Bytes {
        private byte[] bytes = new byte[1024];
        private int size;

        void write(int b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        void write(byte[] b) {
            if (size + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + b.length));
            }
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    private static final class Writer {
        final Bytes out = new Bytes();
        final Map<String, Integer> strings = new HashMap<>();

        void value(Type type, Object v) {
            value(type, raw(type), v);
        }

        void value(Type type, Class<?> c, Object v) {
            if (c == int.class) {
                varint(zigzag((Integer) v));
            } else if (c == long.class) {
                varint(zigzag((Long) v));
            } else if (c == boolean.class) {
                out.write((Boolean) v ? 1 : 0);
            } else if (v == null) {
                out.write(0);
            } else {
                out.write(1);
                reference(type, c, v);
            }
        }

        private void reference(Type type, Class<?> c, Object v) {
            if (c == String.class) {
                string((String) v);
            } else if (c.isEnum()) {
                string(((Enum<?>) v).name());
            } else if (c == Integer.class) {
                varint(zigzag((Integer) v));
            } else if (c == Long.class) {
                varint(zigzag((Long) v));
            } else if (c == Boolean.class) {
                out.write((Boolean) v ? 1 : 0);
            } else if (c == LocalDate.class) {
                varint(zigzag(((LocalDate) v).toEpochDay()));
            } else if (c == YearMonth.class) {
                YearMonth m = (YearMonth) v;
                varint(zigzag(m.getYear() * 12L + m.getMonthValue() - 1));
            } else if (c == BigDecimal.class) {
                string(((BigDecimal) v).toString());
            } else if (c == List.class) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                Class<?> elementClass = raw(element);
                List<?> list = (List<?>) v;
                varint(list.size());
                for (Object e : list) {
                    value(element, elementClass, e);
                }
            } else {
                Shape shape = SHAPES.get(c);
                for (int i = 0; i < shape.raws().length; i++) {
                    Object component;
                    try {
                        component = shape.accessors()[i].invokeExact(v);
                    } catch (Throwable e) {
                        throw new IllegalStateException("cannot read " + c.getSimpleName() + "." + shape.names()[i], e);
                    }
                    value(shape.types()[i], shape.raws()[i], component);
                }
            }
        }

        private void string(String s) {
            Integer known = strings.get(s);
            if (known != null) {
                varint(known);
                return;
            }
            int index = strings.size();
            strings.put(s, index);
            varint(index);
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            varint(utf8.length);
            out.write(utf8);
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }
    }

    private static final class Reader {
        final byte[] in;
        int at;
        final List<String> strings = new ArrayList<>();

        Reader(byte[] in) {
            this.in = in;
        }

        Object value(Type type) {
            Class<?> c = raw(type);
            if (c == int.class) {
                return (int) unzigzag(varint());
            } else if (c == long.class) {
                return unzigzag(varint());
            } else if (c == boolean.class) {
                return in[at++] != 0;
            }
            if (in[at++] == 0) {
                return null;
            }
            if (c == String.class) {
                return string();
            } else if (c.isEnum()) {
                return enumConstant(c, string());
            } else if (c == Integer.class) {
                return (int) unzigzag(varint());
            } else if (c == Long.class) {
                return unzigzag(varint());
            } else if (c == Boolean.class) {
                return in[at++] != 0;
            } else if (c == LocalDate.class) {
                return LocalDate.ofEpochDay(unzigzag(varint()));
            } else if (c == YearMonth.class) {
                long m = unzigzag(varint());
                return YearMonth.of((int) Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1);
            } else if (c == BigDecimal.class) {
                return new BigDecimal(string());
            } else if (c == List.class) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                int n = (int) varint();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(value(element));
                }
                return list;
            }
            Shape shape = SHAPES.get(c);
            Object[] args = new Object[shape.raws().length];
            for (int i = 0; i < args.length; i++) {
                args[i] = value(shape.types()[i]);
            }
            try {
                return shape.constructor().newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make " + c.getSimpleName() + " from an offer's basis", e);
            }
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Object enumConstant(Class<?> c, String name) {
            return Enum.valueOf((Class) c, name);
        }

        private String string() {
            int index = (int) varint();
            if (index < strings.size()) {
                return strings.get(index);
            }
            int length = (int) varint();
            String s = new String(in, at, length, StandardCharsets.UTF_8);
            at += length;
            strings.add(s);
            return s;
        }

        private long varint() {
            long v = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = in[at++];
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
        }

        private static long unzigzag(long v) {
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
