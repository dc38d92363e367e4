: > empty.vcf
