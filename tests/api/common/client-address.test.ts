import { addressKey } from '../../../api/src/common/client-address';

describe('addressKey: what per-address limits count a client under', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['::1', '::/64'],
  ])('%s counts as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('keeps two IPv6 networks apart', () => {
    expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
  });

  it('keeps text that is no address as it is, cut to 100 characters', () => {
    expect(addressKey('unknown')).toBe('unknown');
    expect(addressKey('x'.repeat(300))).toHaveLength(100);
  });
});
