#ifndef THANRAK_CSYSTEM_H
#define THANRAK_CSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE):
/// the new site and the old one swap places in one step. Returns 0, or -1
/// with errno set (ENOSYS or EINVAL where the system or file system lacks it).
int thanrak_exchange_paths(const char *a, const char *b);

#endif
