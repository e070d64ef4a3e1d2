//! Edge cases of [`BigInt`], and a property test against `num-bigint` as
//! an oracle (a dev-dependency only: the VM itself does not link it).

extern crate std;

use super::bigint_bits::BitOp;
use super::BigInt;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use num_bigint as nb;
use proptest::prelude::*;

fn big(s: &str) -> BigInt {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let d: Vec<u8> = digits.bytes().map(|c| c - b'0').collect();
    let b = BigInt::from_digits(&d, 10);
    if neg {
        b.negate()
    } else {
        b
    }
}

fn p2(n: usize) -> BigInt {
    BigInt::from_u64(1).shl(n)
}

fn i(v: i64) -> BigInt {
    BigInt::from_i64(v)
}

#[test]
fn construction_and_small_conversions() {
    assert!(BigInt::zero().is_zero());
    assert_eq!(BigInt::from_limbs(true, alloc::vec![0, 0]), BigInt::zero());
    assert!(!BigInt::from_limbs(true, alloc::vec![0]).is_negative());
    for v in [
        0,
        1,
        -1,
        i64::MAX,
        i64::MIN,
        1 << 32,
        -(1 << 32),
        u32::MAX as i64,
    ] {
        assert_eq!(i(v).to_i64(), Some(v));
        assert_eq!(i(v).to_string(), v.to_string());
    }
    assert_eq!(BigInt::from_u64(u64::MAX).to_u64(), Some(u64::MAX));
    assert_eq!(BigInt::from_u64(u64::MAX).to_i64(), None);
    assert_eq!(p2(64).to_u64(), None);
    assert_eq!(i(-1).to_u64(), None);
    assert_eq!(p2(63).negate().to_i64(), Some(i64::MIN));
    assert_eq!(p2(63).to_i64(), None);
    assert_eq!(i(0).bits(), 0);
    assert_eq!(i(-1).bits(), 1);
    assert_eq!(p2(32).bits(), 33);
    assert_eq!(i(-255).bit_count(), 8);
}

#[test]
fn arithmetic_at_limb_boundaries() {
    let m32 = BigInt::from_u64(u32::MAX as u64);
    assert_eq!(m32.add_i64(1), p2(32));
    assert_eq!(p2(32).add_i64(-1), m32);
    assert_eq!(p2(64).sub(&p2(64)), BigInt::zero());
    assert!(!p2(64).sub(&p2(64)).is_negative());
    assert_eq!(i(5).sub(&i(7)), i(-2));
    assert_eq!(i(-5).add(&i(7)), i(2));
    let m64 = BigInt::from_u64(u64::MAX);
    assert_eq!(
        m64.mul(&m64).to_string(),
        "340282366920938463426481119284349108225"
    );
    assert_eq!(i(-3).mul(&i(0)), BigInt::zero());
    assert_eq!(i(-2).pow(65).to_string(), "-36893488147419103232");
    assert_eq!(i(7).pow(0), i(1));
}

#[test]
fn floor_division_signs() {
    for (a, b, q, r) in [
        (7, 2, 3, 1),
        (-7, 2, -4, 1),
        (7, -2, -4, -1),
        (-7, -2, 3, -1),
        (6, -3, -2, 0),
    ] {
        let (bq, br) = i(a).div_mod_floor(&i(b)).unwrap();
        assert_eq!((bq, br), (i(q), i(r)), "{a} divmod {b}");
    }
    assert!(i(1).div_mod_floor(&BigInt::zero()).is_none());
    let a = big("-123456789012345678901234567890123456789");
    let b = big("98765432109876543210");
    let (q, r) = a.div_mod_floor(&b).unwrap();
    assert_eq!(q.to_string(), "-1249999988609375001");
    assert_eq!(r.to_string(), "83468364218346836421");
    assert_eq!(q.mul(&b).add(&r), a);
}

#[test]
fn knuth_d_add_back() {
    // Divisor and dividend shaped to make the quotient estimate too large.
    let a = BigInt::from_limbs(false, alloc::vec![0, 0, 0x8000_0000, 0x7FFF_FFFF]);
    let b = BigInt::from_limbs(false, alloc::vec![1, 0, 0x8000_0000]);
    let (q, r) = a.div_rem(&b).unwrap();
    assert_eq!(q.mul(&b).add(&r), a);
    assert!(r < b);
}

#[test]
fn shifts_of_negatives() {
    assert_eq!(i(-1).shr(5), i(-1));
    assert_eq!(i(-1).shr(1000), i(-1));
    assert_eq!(i(-8).shr(3), i(-1));
    assert_eq!(i(-9).shr(3), i(-2));
    assert_eq!(p2(64).negate().shr(64), i(-1));
    assert_eq!(p2(64).negate().add_i64(-1).shr(64), i(-2));
    assert_eq!(i(5).shr(u64::MAX), i(0));
    assert_eq!(i(-3).shl(40), i(-3 << 40));
}

#[test]
fn twos_complement_bitwise() {
    let cases = [0i64, 1, -1, 5, -5, 1 << 40, -(1 << 40), i64::MAX, i64::MIN];
    for &a in &cases {
        for &b in &cases {
            assert_eq!(i(a).bitop(BitOp::And, &i(b)), i(a & b));
            assert_eq!(i(a).bitop(BitOp::Or, &i(b)), i(a | b));
            assert_eq!(i(a).bitop(BitOp::Xor, &i(b)), i(a ^ b));
        }
        assert_eq!(i(a).invert(), i(!a));
    }
    let m = p2(64).negate();
    assert_eq!(m.bitop(BitOp::And, &i(-1)), m);
    assert_eq!(
        p2(100).invert().to_string(),
        "-1267650600228229401496703205377"
    );
}

#[test]
fn float_conversion() {
    assert_eq!(p2(53).add_i64(1).to_f64(), Some(9007199254740992.0));
    assert_eq!(p2(53).add_i64(3).to_f64(), Some(9007199254740996.0));
    // Ties to even far above 64 bits, and a sticky bit breaking a tie.
    let tie = p2(200).add(&p2(147));
    assert_eq!(tie.to_f64(), Some(libm::ldexp(1.0, 200)));
    assert_eq!(
        tie.add_i64(1).to_f64(),
        Some(libm::ldexp(1.0, 200) + libm::ldexp(1.0, 148))
    );
    assert_eq!(p2(1023).to_f64(), Some(libm::ldexp(1.0, 1023)));
    assert_eq!(p2(1024).to_f64(), None);
    assert_eq!(p2(1024).sub(&p2(970)).to_f64(), None);
    assert_eq!(p2(1024).sub(&p2(971)).to_f64(), Some(f64::MAX));
    assert_eq!(p2(1024).negate().to_f64(), None);
    assert_eq!(i(-3).to_f64(), Some(-3.0));
    assert_eq!(BigInt::from_f64(-2.5), Some(i(-2)));
    assert_eq!(BigInt::from_f64(0.999), Some(i(0)));
    assert_eq!(BigInt::from_f64(1e300).unwrap().to_f64(), Some(1e300));
    assert_eq!(BigInt::from_f64(f64::NAN), None);
    assert_eq!(BigInt::from_f64(f64::MAX).unwrap().bits(), 1024);
}

#[test]
fn text() {
    assert_eq!(i(0).to_str_radix(10), "0");
    assert_eq!(i(-255).to_str_radix(16), "-ff");
    assert_eq!(i(5).to_str_radix(2), "101");
    assert_eq!(p2(64).to_str_radix(8), "2000000000000000000000");
    assert_eq!(p2(64).to_str_radix(36), "3w5e11264sgsg");
    assert_eq!(big("1000000000000000000000000000"), i(10).pow(27));
    assert_eq!(i(10).pow(27).to_string(), "1000000000000000000000000000");
    assert_eq!(
        BigInt::from_digits(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 10),
        i(1_000_000_000)
    );
    assert_eq!(BigInt::from_digits(&[35, 35], 36), i(35 * 36 + 35));
    assert_eq!(BigInt::from_digits(&[0, 0], 10), i(0));
}

#[test]
fn bytes() {
    let le = |v: i64, s: bool| i(v).to_bytes_le(s);
    assert_eq!(le(0, true), [0u8; 0]);
    assert_eq!(le(0, false), [0u8; 0]);
    assert_eq!(le(127, true), [127]);
    assert_eq!(le(128, true), [128, 0]);
    assert_eq!(le(128, false), [128]);
    assert_eq!(le(-128, true), [128]);
    assert_eq!(le(-129, true), [127, 255]);
    assert_eq!(le(-1, true), [255]);
    assert_eq!(le(-256, true), [0, 255]);
    assert_eq!(le(1 << 32, false), [0, 0, 0, 0, 1]);
    for v in [
        0,
        1,
        -1,
        127,
        128,
        -128,
        -129,
        255,
        256,
        -65536,
        i64::MIN,
        i64::MAX,
    ] {
        assert_eq!(BigInt::from_bytes_le(&le(v, true), true), i(v));
    }
    assert_eq!(BigInt::from_bytes_le(&[255, 255], false), i(65535));
    assert_eq!(BigInt::from_bytes_le(&[0, 0, 0, 128], true), i(-(1 << 31)));
    assert_eq!(BigInt::from_bytes_le(&[], true), i(0));
}

#[test]
fn isqrt() {
    for n in [0u64, 1, 2, 3, 4, 15, 16, 17, u32::MAX as u64, u64::MAX] {
        let r = BigInt::from_u64(n).isqrt();
        let r1 = r.add_i64(1);
        assert!(r.mul(&r) <= BigInt::from_u64(n) && r1.mul(&r1) > BigInt::from_u64(n));
    }
    assert_eq!(p2(200).isqrt(), p2(100));
}

// --- Property test against num-bigint -------------------------------------

fn to_nb(b: &BigInt) -> nb::BigInt {
    let sign = if b.is_negative() {
        nb::Sign::Minus
    } else {
        nb::Sign::Plus
    };
    nb::BigInt::from_slice(sign, b.limbs())
}

fn from_nb(b: &nb::BigInt) -> BigInt {
    let (sign, digits) = b.to_u32_digits();
    BigInt::from_limbs(sign == nb::Sign::Minus, digits)
}

/// Integers from the interesting regions: tiny, around limb boundaries,
/// and random up to ~400 bits, of either sign.
fn arb() -> impl Strategy<Value = nb::BigInt> {
    let limbs = prop::collection::vec(any::<u32>(), 0..13);
    prop_oneof![
        (-3i64..=3).prop_map(nb::BigInt::from),
        (0u32..140, -2i64..=2, any::<bool>()).prop_map(|(e, d, neg)| {
            let v = (nb::BigInt::from(1) << e) + d;
            if neg {
                -v
            } else {
                v
            }
        }),
        (limbs, any::<bool>()).prop_map(|(l, neg)| {
            let s = if neg { nb::Sign::Minus } else { nb::Sign::Plus };
            nb::BigInt::from_slice(s, &l)
        }),
    ]
}

fn floor_divmod(a: &nb::BigInt, b: &nb::BigInt) -> (nb::BigInt, nb::BigInt) {
    use num_integer::Integer;
    a.div_mod_floor(b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn matches_num_bigint(a in arb(), b in arb(), s in 0usize..200, e in 0u64..9, radix in 2u32..=36) {
        let (x, y) = (from_nb(&a), from_nb(&b));
        prop_assert_eq!(to_nb(&x), a.clone());
        prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        prop_assert_eq!(to_nb(&x.add(&y)), &a + &b);
        prop_assert_eq!(to_nb(&x.sub(&y)), &a - &b);
        prop_assert_eq!(to_nb(&x.mul(&y)), &a * &b);
        if b != nb::BigInt::from(0) {
            let (q, r) = x.div_mod_floor(&y).unwrap();
            let (wq, wr) = floor_divmod(&a, &b);
            prop_assert_eq!(to_nb(&q), wq);
            prop_assert_eq!(to_nb(&r), wr);
            let (q, r) = x.div_rem(&y).unwrap();
            prop_assert_eq!(to_nb(&q), &a / &b);
            prop_assert_eq!(to_nb(&r), &a % &b);
        }
        prop_assert_eq!(to_nb(&x.pow(e)), num_traits::pow(a.clone(), e as usize));
        prop_assert_eq!(to_nb(&x.shl(s)), &a << s);
        prop_assert_eq!(to_nb(&x.shr(s as u64)), &a >> s);
        prop_assert_eq!(to_nb(&x.bitop(BitOp::And, &y)), &a & &b);
        prop_assert_eq!(to_nb(&x.bitop(BitOp::Or, &y)), &a | &b);
        prop_assert_eq!(to_nb(&x.bitop(BitOp::Xor, &y)), &a ^ &b);
        prop_assert_eq!(to_nb(&x.invert()), !a.clone());
        prop_assert_eq!(x.bits(), a.bits());
        let text = x.to_str_radix(radix);
        prop_assert_eq!(&text, &a.to_str_radix(radix));
        let digits: Vec<u8> = text
            .trim_start_matches('-')
            .bytes()
            .map(|c| (c as char).to_digit(36).unwrap() as u8)
            .collect();
        prop_assert_eq!(BigInt::from_digits(&digits, radix), x.clone().abs());
        prop_assert_eq!(x.to_f64(), {
            let f = num_traits::ToPrimitive::to_f64(&a).unwrap();
            f.is_finite().then_some(f)
        });
        prop_assert_eq!(x.to_i64(), num_traits::ToPrimitive::to_i64(&a));
        prop_assert_eq!(x.to_u64(), num_traits::ToPrimitive::to_u64(&a));
        let le = x.to_bytes_le(true);
        let mut want = a.to_signed_bytes_le();
        if a == nb::BigInt::from(0) {
            want.clear();
        }
        prop_assert_eq!(&le, &want);
        prop_assert_eq!(BigInt::from_bytes_le(&le, true), x.clone());
        let isq = x.clone().abs().isqrt();
        prop_assert_eq!(to_nb(&isq), a.magnitude().sqrt().into());
    }

    #[test]
    fn float_round_trip(f in any::<f64>()) {
        let want = num_traits::FromPrimitive::from_f64(f).map(|b: nb::BigInt| from_nb(&b));
        prop_assert_eq!(BigInt::from_f64(f), want);
    }
}

#[test]
fn display() {
    let mut s = String::new();
    core::fmt::write(&mut s, format_args!("{}", i(-42))).unwrap();
    assert_eq!(s, "-42");
}
