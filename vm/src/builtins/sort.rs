//! Stable sorting for `sorted()` and `list.sort()`: a merge sort that never
//! panics on inconsistent comparisons, is O(n) on sorted input, and reports
//! incomparable items as `TypeError`.

use crate::hal::Board;
use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;
use alloc::vec::Vec;
use core::cmp::Ordering;

/// Sorts list `l` (rooted by the caller) in place.
pub(crate) fn sort_list(
    it: &mut Interp,
    io: &mut dyn Board,
    l: Value,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<()> {
    // Stack: [list, key function, keys…]; everything stays rooted while the
    // key function runs (it may collect). The sort itself allocates nothing.
    let base = it.stack.len();
    it.stack.push(l);
    let key = key.unwrap_or(Value::NONE);
    it.stack.push(key);
    let n = it.items(l).map_or(0, |i| i.len);
    for i in 0..n {
        let items = it.items(it.stack[base]);
        let Some(items) = items.filter(|x| i < x.len) else {
            break;
        };
        let item = it.item(items, i);
        let f = it.stack[base + 1];
        let k = if f.is_none() {
            item
        } else {
            match it.call_value(io, f, &[item]) {
                Ok(k) => k,
                Err(e) => {
                    it.stack.truncate(base);
                    return Err(e);
                }
            }
        };
        it.stack.push(k);
    }
    let l = it.stack[base];
    let items = it.items(l).map(|x| it.items_vec(x)).unwrap_or_default();
    let keys: Vec<Value> = it.stack[base + 2..].to_vec();
    it.stack.truncate(base);
    if keys.len() != items.len() {
        return Err(it.raise(TypeId::ValueError, "list modified during sort"));
    }
    if keys.iter().any(|k| it.needs_user_text(*k, 0)) {
        return sort_user(it, io, l, &items, &keys, reverse);
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut error = false;
    let mut cmp = |a: usize, b: usize| -> Ordering {
        let (x, y) = if reverse {
            (keys[b], keys[a])
        } else {
            (keys[a], keys[b])
        };
        match it.order(x, y) {
            Some(Some(o)) => o,
            Some(None) => Ordering::Equal,
            None => {
                error = true;
                Ordering::Equal
            }
        }
    };
    merge_sort(&mut order, &mut cmp);
    it.check_nesting()?;
    if error {
        let (a, b) = incomparable(it, &keys);
        return Err(it.raise_string(
            TypeId::TypeError,
            alloc::format!("'<' not supported between instances of '{a}' and '{b}'"),
        ));
    }
    if let Some(dst) = it.items(l) {
        for (i, &o) in order.iter().enumerate().take(dst.len) {
            it.heap.set(dst.store, dst.from + i, items[o]);
        }
    }
    Ok(())
}

/// Sorting keys that include user objects: `__lt__` runs Python code, which
/// may collect, so items and keys stay on the VM stack and the (stable)
/// binary insertion sort reads them back by index after every comparison.
fn sort_user(
    it: &mut Interp,
    io: &mut dyn Board,
    l: Value,
    items: &[Value],
    keys: &[Value],
    reverse: bool,
) -> PyResult<()> {
    let n = items.len();
    let sb = it.stack.len();
    it.stack.push(l);
    it.stack.extend_from_slice(items);
    it.stack.extend_from_slice(keys);
    let key = |it: &Interp, i: usize| it.stack[sb + 1 + n + i];
    let mut order: Vec<usize> = Vec::with_capacity(n);
    let r = (|| {
        for x in 0..n {
            // Upper bound: after every element not greater than x (stability).
            let (mut lo, mut hi) = (0, order.len());
            while lo < hi {
                let mid = (lo + hi) / 2;
                let (a, b) = if reverse {
                    (key(it, order[mid]), key(it, x))
                } else {
                    (key(it, x), key(it, order[mid]))
                };
                if it.compare_io(io, crate::bytecode::CmpOp::Lt, a, b)? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            order.insert(lo, x);
        }
        Ok(())
    })();
    if r.is_ok() {
        let l = it.stack[sb];
        if let Some(dst) = it.items(l) {
            for (i, &o) in order.iter().enumerate().take(dst.len) {
                let v = it.stack[sb + 1 + o];
                it.heap.set(dst.store, dst.from + i, v);
            }
        }
    }
    it.stack.truncate(sb);
    r
}

fn incomparable<'a>(it: &'a Interp, keys: &[Value]) -> (&'a str, &'a str) {
    for w in keys.windows(2) {
        if it.order(w[1], w[0]).is_none() {
            return (it.type_name(w[1]), it.type_name(w[0]));
        }
    }
    for &a in keys {
        for &b in keys {
            if it.order(a, b).is_none() {
                return (it.type_name(a), it.type_name(b));
            }
        }
    }
    ("?", "?")
}

fn merge_sort(v: &mut [usize], cmp: &mut impl FnMut(usize, usize) -> Ordering) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut buf = alloc::vec![0usize; n];
    sort_rec(v, &mut buf, cmp);
}

fn sort_rec(v: &mut [usize], buf: &mut [usize], cmp: &mut impl FnMut(usize, usize) -> Ordering) {
    let n = v.len();
    if n <= 16 {
        // Insertion sort: stable, and linear on sorted input.
        for i in 1..n {
            let mut j = i;
            while j > 0 && cmp(v[j - 1], v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    sort_rec(&mut v[..mid], &mut buf[..mid], cmp);
    sort_rec(&mut v[mid..], &mut buf[mid..], cmp);
    if cmp(v[mid - 1], v[mid]) != Ordering::Greater {
        return;
    }
    buf[..n].copy_from_slice(v);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if cmp(buf[i], buf[j]) == Ordering::Greater {
            v[k] = buf[j];
            j += 1;
        } else {
            v[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        v[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        v[k] = buf[j];
        j += 1;
        k += 1;
    }
}
