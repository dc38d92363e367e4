mkdir contacts && : > contacts/README
