printf 'BEGIN:VCARD\nVERSION:3.0\nFN:Anna\n\001\002\003PK\nEND:VCARD\n' > photo.vcf
